package org.mingyuan.platform.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every refusal under {@code /api} is RFC 9457 problem+json in the caller's language, however early
 * it happens (in the container, the firewall, security or the handler), and never names an internal
 * class. Requests go over a raw socket so that nothing on the client side repairs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorFormatTests {

    static final String OFFICER = basic("officer", "demo");
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    record Raw(int status, String head, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    Raw send(String requestHead, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(requestHead.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException closedEarly) {
                // the server may answer and close before reading a large body
            }
            InputStream in = socket.getInputStream();
            byte[] all = in.readAllBytes();
            int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            String head = new String(all, 0, split < 0 ? all.length : split, StandardCharsets.UTF_8);
            byte[] rest = split < 0 ? new byte[0] : Arrays.copyOfRange(all, split + 4, all.length);
            if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
                rest = unchunk(rest);
            }
            return new Raw(Integer.parseInt(head.substring(9, 12)), head, new String(rest, StandardCharsets.UTF_8));
        }
    }

    static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static byte[] unchunk(byte[] chunked) {
        var body = new ByteArrayOutputStream();
        int at = 0;
        byte[] eolMark = "\r\n".getBytes(StandardCharsets.US_ASCII);
        while (at < chunked.length) {
            int eol = indexOf(chunked, eolMark, at);
            if (eol < 0) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, eol - at, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, eol + 2, size);
            at = eol + 2 + size + 2;
        }
        return body.toByteArray();
    }

    Raw get(String path, String... headers) throws IOException {
        return send(
                "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAccept-Language: zh-CN\r\n"
                        + String.join("", headers) + "\r\n",
                new byte[0]);
    }

    Raw post(String path, String contentType, byte[] body, String... headers) throws IOException {
        return send(
                "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAccept-Language: zh-CN\r\n"
                        + "Authorization: " + OFFICER + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                        + body.length + "\r\n" + String.join("", headers) + "\r\n",
                body);
    }

    static void isProblem(Raw raw, int status) throws IOException {
        assertThat(raw.status()).as(raw.head() + "\n" + raw.body()).isEqualTo(status);
        assertThat(raw.head().toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        JsonNode problem = raw.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(raw.body())
                .doesNotContain("org.springframework", "org.mingyuan", "java.", "com.fasterxml", "Exception");
    }

    @Test
    void aMissingParameterIsNamed() throws IOException {
        Raw raw = get("/api/v1/ledger/consistency?size1=1", "Authorization: " + OFFICER + "\r\n");
        isProblem(raw, 400);
        assertThat(raw.json().at("/errors/0/field").asText()).isEqualTo("size2");
        assertThat(raw.json().get("detail").asText()).contains("size2").containsPattern("[缺少必填]");
    }

    @Test
    void malformedPathsAreProblemsNotServerErrors() throws IOException {
        isProblem(get("/api/v1/enterprises/%2e%2e/secret", "Authorization: " + OFFICER + "\r\n"), 400);
        isProblem(get("/api/v1/enterprises;x=1/a", "Authorization: " + OFFICER + "\r\n"), 400);
        isProblem(get("/api/v1//parks", "Authorization: " + OFFICER + "\r\n"), 400);
    }

    @Test
    void anOversizedJsonBodyIsA413() throws IOException {
        byte[] huge = ("{\"name\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        isProblem(post("/api/v1/enterprises", "application/json", huge), 413);
    }

    @Test
    void anOversizedChunkedJsonBodyIsA413Too() throws IOException {
        var chunks = new ByteArrayOutputStream();
        byte[] piece = "a".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        chunks.writeBytes("9\r\n{\"name\":\"\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < 40; i++) {
            chunks.writeBytes((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunks.writeBytes(piece);
            chunks.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunks.writeBytes("2\r\n\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        Raw raw = send(
                "POST /api/v1/enterprises HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Authorization: " + OFFICER + "\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n",
                chunks.toByteArray());
        isProblem(raw, 413);
    }

    @Test
    void anOversizedUploadIsA413() throws IOException {
        String boundary = "b0undary";
        var body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[52 * 1024 * 1024]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        isProblem(post("/api/v1/imports/facts", "multipart/form-data; boundary=" + boundary, body.toByteArray()), 413);
    }

    @Test
    void oversizedHeadersAreAProblem() throws IOException {
        Raw raw = get("/api/v1/parks", "X-Filler: " + "a".repeat(64 * 1024) + "\r\n");
        assertThat(raw.status()).isIn(400, 431);
        isProblem(raw, raw.status());
    }

    @Test
    void anUnacceptableMediaTypeAndAWrongContentTypeAreProblems() throws IOException {
        isProblem(post("/api/v1/enterprises", "text/plain", "x".getBytes(StandardCharsets.UTF_8)), 415);
        isProblem(get("/api/v1/parks", "Accept: text/csv\r\n", "Authorization: " + OFFICER + "\r\n"), 406);
    }

    @Test
    void accessDenialsAreProblemsInTheCallersLanguage() throws IOException {
        Raw anonymous = get("/api/v1/audit");
        isProblem(anonymous, 401);
        assertThat(anonymous.json().get("detail").asText()).containsPattern("\\p{IsHan}");
        Raw forbidden = get("/api/v1/audit", "Authorization: " + OFFICER + "\r\n");
        isProblem(forbidden, 403);
        assertThat(forbidden.json().get("detail").asText()).containsPattern("\\p{IsHan}");
    }

    @Test
    void aPageFormWithoutItsCsrfTokenGetsTheFriendlyPage() throws IOException {
        Raw raw = send(
                "POST /enterprises HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAccept-Language: zh-CN\r\n"
                        + "Accept: text/html,application/xhtml+xml\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\n",
                "name=x".getBytes(StandardCharsets.UTF_8));
        assertThat(raw.status()).isEqualTo(403);
        assertThat(raw.body()).contains("<html", "出错了");
    }

    @Test
    void aPageFormTooLargeForTheServerToReadGetsA413PageNotADenial() throws IOException {
        byte[] form = ("titleZh=" + "x".repeat(3 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
        Raw raw = send(
                "POST /policy-desk/policies HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Accept-Language: zh-CN\r\nAccept: text/html,application/xhtml+xml\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length
                        + "\r\n\r\n",
                form);
        assertThat(raw.status()).isEqualTo(413);
        assertThat(raw.body()).contains("<html", "提交的表单太大").doesNotContain("没有权限");
    }
}

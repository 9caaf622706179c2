package org.mingyuan.platform.ledger;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client for the receipt page: keeps the session cookie and sends the CSRF token back. */
final class FormClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("action=\"(/ledger/verify\\?_csrf=[^\"]+)\"");
    private static final String BOUNDARY = "----receipt-form-boundary";

    /** The page a submission answered, with its status. */
    record Answer(int status, String body) {}

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    FormClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Opens the verify page, submits the receipt text in the given language and returns the answer page. */
    String submitReceipt(String receipt, String language) throws Exception {
        return paste(receipt, language).body();
    }

    /** Opens the verify page, posts the receipt text as the form's text field and returns the answer. */
    Answer paste(String receipt, String language) throws Exception {
        Matcher token = find(CSRF, form(language));
        String body = "_csrf=" + encode(token.group(1)) + "&receipt=" + encode(receipt);
        return send(HttpRequest.newBuilder(URI.create(base + "/ledger/verify"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Opens the verify page and uploads the file to the form's address as a browser does (multipart, the CSRF token
     * in the address and, as a hidden field, in the body after the file).
     */
    Answer upload(byte[] file, String language) throws Exception {
        String form = form(language);
        String action = find(ACTION, form).group(1).replace("&amp;", "&");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"receipt.json\""
                                + "\r\nContent-Type: application/json\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + find(CSRF, form).group(1) + "\r\n--" + BOUNDARY + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private String form(String language) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "/ledger/verify?lang=" + language))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static Matcher find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " on the verify page");
        }
        return matcher;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

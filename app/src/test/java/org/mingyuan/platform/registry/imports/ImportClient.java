package org.mingyuan.platform.registry.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** Uploads import files to a running platform over loopback and waits for their jobs. */
public final class ImportClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ImportClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** A response with its body as bytes. */
    record Answer(int status, String location, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Posts {@code content} as the multipart part {@code file} named {@code filename}. */
    Answer upload(String kind, String filename, byte[] content, String authorization) {
        return upload(kind, "file", filename, content, authorization);
    }

    /** Posts {@code content} as the multipart part {@code field} named {@code filename}. */
    Answer upload(String kind, String field, String filename, byte[] content, String authorization) {
        String boundary = "----mingyuan" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(
                "/api/v1/imports/" + kind,
                "multipart/form-data; boundary=" + boundary,
                body.toByteArray(),
                authorization);
    }

    /** POSTs {@code body} of type {@code contentType} to {@code path}. */
    Answer post(String path, String contentType, byte[] body, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** GETs {@code path}. */
    Answer get(String path, String authorization) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .GET()
                .build());
    }

    /** Uploads and polls the job until it is finished; returns its final status. */
    public JsonNode run(String kind, String filename, byte[] content, String authorization) {
        return await(start(kind, filename, content, authorization), authorization, "DONE|REFUSED|FAILED");
    }

    /** Uploads and returns the job's location. */
    String start(String kind, String filename, byte[] content, String authorization) {
        Answer started = upload(kind, filename, content, authorization);
        if (started.status() != 202) {
            throw new AssertionError("upload answered " + started.status() + ": " + started.text());
        }
        return started.location();
    }

    /** Polls the job at {@code location} until its phase matches {@code phases}; returns that status. */
    JsonNode await(String location, String authorization, String phases) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode status = get(location, authorization).json();
            if (status.get("phase").asText().matches(phases)) {
                return status;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import did not finish in time");
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

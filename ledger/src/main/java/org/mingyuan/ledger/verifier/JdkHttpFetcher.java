package org.mingyuan.ledger.verifier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Fetches log resources over HTTP with {@code java.net.http}. */
public final class JdkHttpFetcher implements HttpFetcher {

    private final String base;
    private final HttpClient client;

    /** Creates a fetcher for a log base URL such as {@code https://park.example/ledger}. */
    public JdkHttpFetcher(String baseUrl) {
        this.base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public byte[] get(String path) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted fetching " + path, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("GET " + base + path + " answered " + response.statusCode() + ", want 200");
        }
        return response.body();
    }
}

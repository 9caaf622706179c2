package org.mingyuan.platform.ledger;

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

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;

    FormClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Opens the verify page, submits the receipt text in the given language and returns the answer page. */
    String submitReceipt(String receipt, String language) throws Exception {
        String form = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/ledger/verify?lang=" + language))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the verify page");
        }
        String body = "_csrf=" + encode(token.group(1)) + "&receipt=" + encode(receipt);
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + "/ledger/verify"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

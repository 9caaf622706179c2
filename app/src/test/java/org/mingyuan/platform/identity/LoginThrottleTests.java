package org.mingyuan.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.ApiClient.basic;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleTests {

    @LocalServerPort
    int port;

    @Test
    void tenWrongPasswordsLockTheAccountWithClearAnswersAndNoServerError() {
        var api = new ApiClient(port);
        String username = AccountsApiTests.uniqueName("victim-");
        api.post("/api/v1/accounts", AccountsApiTests.ADMIN, """
                {"username":"%s","displayName":"x","password":"Right-pass-1","roles":["FINANCE"]}""".formatted(username));

        for (int attempt = 1; attempt <= 10; attempt++) {
            var response = api.get("/api/v1/parks", basic(username, "wrong-" + attempt));
            assertThat(response.status()).as("attempt %d", attempt).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }

        var withRightPassword = api.get("/api/v1/parks", basic(username, "Right-pass-1"));
        assertThat(withRightPassword.status()).isEqualTo(401);
        assertThat(withRightPassword.json().get("title").asText()).isIn("账号已锁定", "Account locked");
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api.get("/api/v1/audit?limit=1000", AccountsApiTests.ADMIN)
                                .body())
                        .contains("ACCOUNT_LOCKED")
                        .contains(username));
    }

    @Test
    void aLockedAccountAndAnUnknownNameAnswerAlike() {
        var api = new ApiClient(port);
        String username = AccountsApiTests.uniqueName("hidden-");
        api.post("/api/v1/accounts", AccountsApiTests.ADMIN, """
                {"username":"%s","displayName":"x","password":"Right-pass-1","roles":["FINANCE"]}""".formatted(username));
        for (int attempt = 1; attempt <= 10; attempt++) {
            api.get("/api/v1/parks", basic(username, "wrong-" + attempt));
        }

        var locked = api.get("/api/v1/parks", basic(username, "guess"));
        var unknown = api.get("/api/v1/parks", basic(AccountsApiTests.uniqueName("nobody-"), "guess"));

        assertThat(locked.status()).isEqualTo(unknown.status()).isEqualTo(401);
        assertThat(locked.contentType()).isEqualTo(unknown.contentType());
        assertThat(locked.body()).isEqualTo(unknown.body());
    }
}

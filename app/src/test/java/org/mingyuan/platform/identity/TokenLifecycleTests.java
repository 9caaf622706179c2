package org.mingyuan.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.ApiClient.basic;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tokens cannot mint tokens, stop with their account, and can be listed and revoked; accounts can be enabled again. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenLifecycleTests {

    private static final String PASSWORD = "Right-pass-1";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String newAccount(String prefix) {
        String username = AccountsApiTests.uniqueName(prefix);
        var created = api.post("/api/v1/accounts", AccountsApiTests.ADMIN, """
                {"username":"%s","displayName":"x","password":"%s","roles":["FINANCE"]}""".formatted(username, PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return username;
    }

    private String bearer(String username, String name) {
        var issued =
                api.post("/api/v1/tokens", basic(username, PASSWORD), "{\"name\":\"%s\",\"days\":30}".formatted(name));
        assertThat(issued.status()).isEqualTo(201);
        return "Bearer " + issued.json().get("token").asText();
    }

    @Test
    void aTokenCannotIssueFurtherTokens() {
        String token = bearer(newAccount("minter-"), "script");

        var refused = api.post("/api/v1/tokens", token, "{\"name\":\"another\",\"days\":365}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title").asText()).isIn("需要密码登录", "Password login required");
    }

    @Test
    void aLockedAccountsTokenStopsWorking() {
        String username = newAccount("locked-");
        String token = bearer(username, "script");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        for (int attempt = 1; attempt <= 10; attempt++) {
            api.get("/api/v1/me", basic(username, "wrong-" + attempt));
        }

        var refused = api.get("/api/v1/me", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDisabledAccountCanBeEnabledAgainAndItsTokenFollows() {
        String username = newAccount("paused-");
        String token = bearer(username, "script");

        assertThat(api.post("/api/v1/accounts/" + username + "/disable", AccountsApiTests.ADMIN, "")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);

        var enabled = api.post("/api/v1/accounts/" + username + "/enable", AccountsApiTests.ADMIN, "");
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/me", basic(username, PASSWORD)).status()).isEqualTo(200);
        awaitAudited("ACCOUNT_ENABLED", username);
    }

    private void awaitAudited(String action, String target) {
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                api
                                        .get("/api/v1/audit?limit=1000", AccountsApiTests.ADMIN)
                                        .json()
                                        .findParents("action")
                                        .stream()
                                        .anyMatch(row -> row.get("action")
                                                        .asText()
                                                        .equals(action)
                                                && row.path("target").asText().equals(target)))
                        .as("%s of %s in the audit trail", action, target)
                        .isTrue());
    }

    @Test
    void onlyAdministratorsEnableAccounts() {
        String username = newAccount("self-");

        var refused = api.post("/api/v1/accounts/" + username + "/enable", basic(username, PASSWORD), "");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void ownersListTheirTokensWithoutSecretsAndRevokeThem() {
        String username = newAccount("lister-");
        String token = bearer(username, "nightly import");
        api.get("/api/v1/me", token);

        var listed = api.get("/api/v1/tokens", basic(username, PASSWORD));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(1);
        var view = listed.json().get(0);
        assertThat(view.get("name").asText()).isEqualTo("nightly import");
        assertThat(view.get("createdAt").isNull()).isFalse();
        assertThat(view.get("expiresAt").isNull()).isFalse();
        assertThat(view.get("lastUsedAt").isNull()).isFalse();
        assertThat(listed.body())
                .doesNotContain(token.substring("Bearer ".length()))
                .doesNotContain("hash");

        String other = newAccount("stranger-");
        long id = view.get("id").asLong();
        assertThat(api.delete("/api/v1/tokens/" + id, basic(other, PASSWORD)).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        assertThat(api.delete("/api/v1/tokens/" + id, basic(username, PASSWORD)).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tokens", basic(username, PASSWORD))
                        .json()
                        .get(0)
                        .get("revoked")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void anAdministratorRevokesAnyonesToken() {
        String username = newAccount("leaky-");
        String token = bearer(username, "leaked");
        long id = api.get("/api/v1/tokens", basic(username, PASSWORD))
                .json()
                .get(0)
                .get("id")
                .asLong();

        assertThat(api.delete("/api/v1/tokens/" + id, AccountsApiTests.ADMIN).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(401);
        awaitAudited("TOKEN_REVOKED", username);
    }
}

package org.mingyuan.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BearerTokenTests {

    @LocalServerPort
    int port;

    @Test
    void anIssuedTokenAuthenticatesAsItsOwner() {
        var api = new ApiClient(port);
        var issued = api.post("/api/v1/tokens", basic("operator", "demo"), "{\"name\":\"import script\",\"days\":30}");

        assertThat(issued.status()).isEqualTo(201);
        String token = issued.json().get("token").asText();
        var me = api.get("/api/v1/me", "Bearer " + token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asText()).isEqualTo("operator");
        assertThat(me.json().get("roles").get(0).asText()).isEqualTo("PARK_OPERATOR");
    }

    @Test
    void anUnknownTokenIsRefused() {
        var api = new ApiClient(port);

        var response = api.get("/api/v1/me", "Bearer myt_not-a-real-token");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void tokenLifetimeOutOfRangeIsNamed() {
        var api = new ApiClient(port);

        var refused = api.post("/api/v1/tokens", basic("operator", "demo"), "{\"name\":\"x\",\"days\":9999}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("days");
    }
}

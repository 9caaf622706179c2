package org.mingyuan.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountsApiTests {

    static final String ADMIN = basic("admin", "demo");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void administratorCreatesAnAccountThatCanCallTheApi() {
        String username = uniqueName("reviewer-");

        var created = api.post("/api/v1/accounts", ADMIN, """
                {"username":"%s","displayName":"审核员","password":"Strong-pass-1","roles":["REVIEWER"]}""".formatted(username));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("roles").get(0).asText()).isEqualTo("REVIEWER");
        assertThat(created.body()).doesNotContain("password");
        var me = api.get("/api/v1/me", basic(username, "Strong-pass-1"));
        assertThat(me.json().get("roles").get(0).asText()).isEqualTo("REVIEWER");
    }

    @Test
    void everyBrokenFieldIsNamedAndNothingIsCreated() {
        var refused = api.post("/api/v1/accounts", ADMIN, """
                {"username":"X","displayName":" ","password":"short","roles":["REVIEWER"]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).contains("username", "displayName", "password");
        assertThat(api.get("/api/v1/accounts", ADMIN).body()).doesNotContain("\"X\"");
    }

    @Test
    void malformedJsonIsA400ThatSaysWhere() {
        var refused = api.post("/api/v1/accounts", ADMIN, "{\"username\": \"abc\", \"roles\": [");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("body");
        assertThat(refused.json().at("/errors/0/reason").asText()).contains("1:");
    }

    @Test
    void unknownRoleIsNamedWithItsPosition() {
        var refused = api.post("/api/v1/accounts", ADMIN, """
                {"username":"abcdef","displayName":"x","password":"Strong-pass-1","roles":["BOSS"]}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("roles[0]");
        assertThat(refused.json().at("/errors/0/reason").asText()).contains("BOSS");
    }

    @Test
    void demoPasswordIsRefusedForNewAccounts() {
        var refused = api.post("/api/v1/accounts", ADMIN, """
                {"username":"%s","displayName":"x","password":"demo","roles":["FINANCE"]}""".formatted(uniqueName("finance-")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("password");
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        assertThat(api.get("/api/v1/accounts", basic("officer", "demo")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/accounts", basic("enterprise", "demo")).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/audit", basic("enterprise", "demo")).status())
                .isEqualTo(403);
    }

    @Test
    void theLastAdministratorKeepsTheRole() {
        var response = api.put("/api/v1/accounts/admin/roles", ADMIN, "{\"roles\":[\"REVIEWER\"]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/reason").asText()).contains("admin");
    }

    @Test
    void rolesOfAnUnknownAccountAreA404() {
        assertThat(api.put("/api/v1/accounts/nobody-here/roles", ADMIN, "{\"roles\":[\"REVIEWER\"]}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void administratorPlacesAnAccountInDepartments() {
        String username = uniqueName("dept-");
        api.post("/api/v1/accounts", ADMIN, """
                {"username":"%s","displayName":"审核员","password":"Strong-pass-1","roles":["REVIEWER"]}""".formatted(username));

        var placed = api.put("/api/v1/accounts/" + username + "/departments", ADMIN, """
                {"departments":["  广州市黄埔区科学技术局 ","福州市人民政府",""]}""");

        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().get("departments"))
                .extracting(node -> node.asText())
                .containsExactly("广州市黄埔区科学技术局", "福州市人民政府");
        var listed = api.get("/api/v1/accounts", ADMIN).json();
        listed.forEach(account -> {
            if (account.get("username").asText().equals(username)) {
                assertThat(account.get("departments")).hasSize(2);
            }
        });
    }

    @Test
    void aBadDepartmentIsNamedAndNothingChanges() {
        String username = uniqueName("dept-");
        api.post("/api/v1/accounts", ADMIN, """
                {"username":"%s","displayName":"审核员","password":"Strong-pass-1","roles":["REVIEWER"]}""".formatted(username));
        api.put("/api/v1/accounts/" + username + "/departments", ADMIN, "{\"departments\":[\"福州市人民政府\"]}");

        var refused = api.put(
                "/api/v1/accounts/" + username + "/departments",
                ADMIN,
                "{\"departments\":[\"甲局\",\"乙\u202e局\",\"%s\"]}".formatted("长".repeat(201)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors"))
                .extracting(e -> e.get("field").asText())
                .containsExactly("departments[1]", "departments[2]");
        assertThat(api.put("/api/v1/accounts/" + username + "/departments", basic(username, "Strong-pass-1"), """
                        {"departments":["甲局"]}""")
                        .status())
                .isEqualTo(403);
        var account = api.get("/api/v1/accounts", ADMIN).json();
        account.forEach(a -> {
            if (a.get("username").asText().equals(username)) {
                assertThat(a.get("departments"))
                        .extracting(node -> node.asText())
                        .containsExactly("福州市人民政府");
            }
        });
    }
}

package org.mingyuan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingyuan.platform.ApiClient.basic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the platform as a newcomer or an operator would, each time on a new embedded database
 * (whatever database the rest of the suite uses), and checks the demo-mode contract.
 */
class DemoModeTests {

    static final List<String> DEMO_USERS =
            List.of("admin", "officer", "operator", "reviewer", "finance", "supervisor", "enterprise");
    static final String STRONG = "Str0ng-Admin!pass";

    @TempDir
    Path home;

    private ConfigurableApplicationContext start(String... settings) {
        List<String> args =
                new ArrayList<>(List.of("--spring.datasource.url=", "--server.port=0", "--mingyuan.home=" + home));
        args.addAll(List.of(settings));
        if (args.stream().noneMatch(arg -> arg.startsWith("--mingyuan.demo="))) {
            args.add("--mingyuan.demo=");
        }
        return new SpringApplicationBuilder(Mingyuan.class).run(args.toArray(String[]::new));
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return new ApiClient(
                ((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void aNewEmbeddedDatabaseStartsInDemoModeAndStaysInIt() {
        try (var first = start()) {
            assertThat(api(first).get("/api/v1/parks", basic("officer", "demo")).status())
                    .isEqualTo(200);
        }
        try (var again = start()) {
            assertThat(api(again)
                            .get("/api/v1/parks", basic("officer", "demo"))
                            .json()
                            .size())
                    .isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void outsideDemoModeTheFirstStartNeedsAnAdministratorPassword() {
        assertThatThrownBy(() -> start("--mingyuan.demo=false"))
                .hasMessageContaining("No administrator exists and no password was given")
                .hasMessageContaining("MINGYUAN_ADMIN_PASSWORD");
    }

    @Test
    void aWeakAdministratorPasswordIsRefused() {
        assertThatThrownBy(() -> start("--mingyuan.demo=false", "--mingyuan.admin-password=demo"))
                .hasStackTraceContaining("does not meet the password policy");
    }

    @Test
    void outsideDemoModeNoAccountHasAKnownPassword() {
        try (var production = start("--mingyuan.demo=false", "--mingyuan.admin-password=" + STRONG)) {
            var api = api(production);
            for (String user : DEMO_USERS) {
                assertThat(api.get("/api/v1/me", basic(user, "demo")).status())
                        .as(user)
                        .isEqualTo(401);
            }
            assertThat(api.get("/api/v1/me", basic("admin", STRONG)).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/parks", basic("admin", STRONG)).json().size())
                    .isZero();
        }
    }

    @Test
    void aDemoDatabaseStartedOutsideDemoModeDisablesTheDemoAccounts() {
        try (var demo = start()) {
            assertThat(api(demo).get("/api/v1/me", basic("officer", "demo")).status())
                    .isEqualTo(200);
        }
        try (var production = start("--mingyuan.demo=false", "--mingyuan.admin-password=" + STRONG)) {
            var api = api(production);
            for (String user : DEMO_USERS) {
                assertThat(api.get("/api/v1/me", basic(user, "demo")).status())
                        .as(user)
                        .isEqualTo(401);
            }
            assertThat(api.get("/api/v1/me", basic("administrator", STRONG)).status())
                    .isEqualTo(200);
        }
    }
}

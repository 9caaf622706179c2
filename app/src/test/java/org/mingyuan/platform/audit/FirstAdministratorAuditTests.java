package org.mingyuan.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mingyuan.platform.ApiClient.basic;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.Mingyuan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;

/** The first start outside demo mode leaves the administrator's creation in the audit trail. */
class FirstAdministratorAuditTests {

    private static final String PASSWORD = "Str0ng-Admin!pass";

    @TempDir
    Path home;

    @Test
    void theFirstAdministratorsCreationIsAudited() {
        try (var production = new SpringApplicationBuilder(Mingyuan.class)
                .run(
                        "--spring.datasource.url=",
                        "--server.port=0",
                        "--mingyuan.home=" + home,
                        "--mingyuan.demo=false",
                        "--mingyuan.admin-password=" + PASSWORD)) {
            var api = new ApiClient(
                    ((WebServerApplicationContext) production).getWebServer().getPort());
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(api.get("/api/v1/audit?limit=1000", basic("admin", PASSWORD))
                                    .json()
                                    .findValuesAsText("action"))
                            .contains("ADMINISTRATOR_SET"));
        }
    }
}

package org.mingyuan.platform.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.ApiClient.basic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mingyuan.platform.ApiClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StrictJsonTests {

    static final String OFFICER = basic("officer", "demo");

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    String anyEnterprise() {
        return api.get("/api/v1/enterprises", OFFICER)
                .json()
                .at("/items/0/creditCode")
                .asText();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"name\":\"STAFF\",\"value\":1e999999999,\"periodEnd\":\"2025-12-31\"}' | value",
                "'{\"name\":\"STAFF\",\"value\":\"6\",\"periodEnd\":\"2025-12-31\"}' | value",
                "'{\"name\":\"REVENUE\",\"value\":1e-999999999,\"periodEnd\":\"2025-12-31\"}' | value",
                "'{\"name\":\"TAX_IN_DISTRICT\",\"value\":\"true\",\"periodEnd\":\"2025-12-31\"}' | value",
                "'{\"name\":\"STAFF\",\"value\":6,\"periodEnd\":\"2025-12-31T10:00:00\"}' | periodEnd",
                "'{\"name\":\"STAFF\",\"value\":6,\"periodEnd\":20251231}' | periodEnd",
                "'{\"name\":\"STAFF\",\"value\":1234567890123456789012345678901234567890123,\"periodEnd\":\"2025-12-31\"}' | body",
            })
    void aFactBodyThatIsNotExactlyTheDocumentedTypeIsRefusedNamingTheField(String body, String field) {
        var refused = api.post("/api/v1/enterprises/" + anyEnterprise() + "/facts", OFFICER, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo(field);
        assertThat(refused.body()).doesNotContain("java.", "org.mingyuan", "com.fasterxml", "StreamReadConstraints");
        assertThat(refused.body().length()).isLessThan(2000);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'{\"parkId\":1.5}' | parkId",
                "'{\"registeredCapital\":1.005}' | registeredCapital",
                "'{\"registeredCapital\":\"500\"}' | registeredCapital",
                "'{\"foundedOn\":\"2020-05-01T00:00:00\"}' | foundedOn",
            })
    void anEnterpriseBodyThatIsNotExactlyTheDocumentedTypeIsRefusedNotRounded(String change, String field) {
        String body = """
                {"creditCode":"91310110MA1G8XXXXX","name":"严格链科技有限公司","industryCode":"I6510",
                 "foundedOn":"2020-05-01","registeredCapital":500,"chainSegment":"baas"}""".replace("}", "," + change.substring(1));
        var refused = api.post("/api/v1/enterprises", OFFICER, body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().findValuesAsText("field")).contains(field);
    }

    @Test
    void aTokenLifetimeMustBeAWholeNumberOfDays() {
        var refused = api.post("/api/v1/tokens", basic("finance", "demo"), "{\"name\":\"script\",\"days\":2.7}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("days");
    }
}

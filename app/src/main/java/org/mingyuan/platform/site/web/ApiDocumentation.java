package org.mingyuan.platform.site.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Names the public OpenAPI document of {@code /api/v1} ({@code /v3/api-docs}) after the product and its build. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String TITLE = "名园 Mingyuan API";

    @Bean
    OpenAPI mingyuanApi(BuildProperties build) {
        return new OpenAPI()
                .info(new Info()
                        .title(TITLE)
                        .version(build.getVersion())
                        .description("JSON API of Mingyuan, an open platform for China's blockchain industrial"
                                + " parks: the enterprise registry (profiles, sourced facts, certifications, SME"
                                + " size classes), parks with their occupancy and chain-segment coverage, bulk"
                                + " imports, the verifiable ledger's entries and receipts, accounts, tokens and"
                                + " the audit trail. Clients authenticate with HTTP Basic or a bearer token;"
                                + " errors are RFC 9457 problem details naming each field."));
    }
}

package org.mingyuan.platform.fulfillment.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mingyuan.platform.fulfillment.material.MaterialFixtures.ENTERPRISE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The library page: the enterprise's materials with names shown as text, the upload form for its own users with
 * problems beside their fields, and what officials and the park's operator see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MaterialPagesTests {

    static final RequestPostProcessor AS_ENTERPRISE = user("enterprise").roles("ENTERPRISE");
    static final RequestPostProcessor AS_OFFICER = user("officer").roles("POLICY_OFFICER");
    static final RequestPostProcessor AS_OPERATOR = user("operator").roles("PARK_OPERATOR");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    MaterialLibrary library;

    MaterialFixtures fixtures;
    String demo;
    String page;

    @BeforeEach
    void demoEnterprise() {
        fixtures = new MaterialFixtures(new ApiClient(port));
        demo = fixtures.demoEnterprise();
        page = "/enterprises/" + demo + "/materials";
    }

    @Test
    void fileNamesWithMarkupAndInvisibleCharactersAreShownAsText() throws Exception {
        var created = fixtures.upload(
                demo,
                ENTERPRISE,
                "OTHER",
                null,
                null,
                "<img src=x onerror=alert(1)>\u202Egpj\u200B.pdf",
                MaterialFiles.pdf());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        mvc.perform(get(page).with(AS_ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"material-" + id + "\""),
                                containsString("&lt;img src=x onerror=alert(1)&gt;gpj.pdf"),
                                not(containsString("<img src=x")),
                                not(containsString("\u202E")),
                                not(containsString("\u200B")),
                                containsString("id=\"material-form\""),
                                containsString("id=\"supersede-" + id + "\""))));
    }

    @Test
    void aRefusedUploadShowsEachProblemBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(multipart(page)
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", MaterialFiles.elf()))
                        .param("type", "AUDIT_REPORT")
                        .param("validFrom", "2025-01-01")
                        .with(AS_ENTERPRISE)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"form-errors\""),
                                containsString("id=\"error-file\""),
                                containsString("application/x-"),
                                containsString("id=\"error-validUntil\""),
                                containsString("value=\"2025-01-01\""),
                                containsString("value=\"AUDIT_REPORT\" selected"))));

        byte[] large = new byte[(int) library.maxSize() + 1];
        mvc.perform(multipart(page)
                        .file(new MockMultipartFile("file", "large.pdf", "application/pdf", large))
                        .param("type", "OTHER")
                        .with(AS_ENTERPRISE)
                        .with(csrf()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(allOf(containsString("id=\"error-file\""), containsString("10 MB"))));
    }

    @Test
    void anUploadFromThePageComesBackToTheLibraryWithANotice() throws Exception {
        mvc.perform(multipart(page)
                        .file(new MockMultipartFile("file", "licence.png", "image/png", MaterialFiles.png()))
                        .param("type", "BUSINESS_LICENCE")
                        .with(AS_ENTERPRISE)
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "material.notice.uploaded"));
        mvc.perform(get("/my/materials").with(AS_ENTERPRISE)).andExpect(redirectedUrl(page));
        mvc.perform(get("/my/materials").with(AS_OFFICER)).andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + demo).with(AS_ENTERPRISE))
                .andExpect(content().string(containsString("href=\"" + page + "\"")));
        mvc.perform(get("/workbench").with(AS_ENTERPRISE))
                .andExpect(content().string(containsString("id=\"shortcut-materials\"")));
    }

    @Test
    void officialsAndTheOperatorReadThePageWithoutTheForm() throws Exception {
        for (RequestPostProcessor reader : new RequestPostProcessor[] {AS_OFFICER, AS_OPERATOR}) {
            mvc.perform(get(page).with(reader))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(containsString("材料库"), not(containsString("id=\"material-form\"")))));
        }
        mvc.perform(multipart(page)
                        .file(new MockMultipartFile("file", "x.png", "image/png", MaterialFiles.png()))
                        .param("type", "OTHER")
                        .with(AS_OFFICER)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/1/supersede").with(AS_OPERATOR).with(csrf())).andExpect(status().isForbidden());
    }
}

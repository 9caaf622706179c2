package org.mingyuan.platform.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ParkCatalog parks;

    @Autowired
    ChainTaxonomy taxonomy;

    @Test
    void theUploadPageShowsTheColumnsAndTemplates() throws Exception {
        mvc.perform(get("/imports").with(user("operator").roles("PARK_OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码 (creditCode)")))
                .andExpect(content().string(containsString("/imports/templates/enterprises.xlsx")));
    }

    @Test
    void theUploadPageListsTheValidParkAndSegmentCodesOfTheCatalogue() throws Exception {
        taxonomy.save(new ChainSegment("import-help-probe", "PERIPHERY", "导入说明探针环节", "Import help probe", 990));

        String page = mvc.perform(get("/imports").with(user("officer").roles("POLICY_OFFICER")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<code>import-help-probe</code>").contains("导入说明探针环节");
        assertThat(taxonomy.all()).allSatisfy(s -> assertThat(page).contains("<code>" + s.code() + "</code>"));
        assertThat(parks.all())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(page)
                        .contains("<code>" + p.code() + "</code>")
                        .contains(p.nameZh()));
    }

    @Test
    void theXlsxTemplateListsTheValidCodesOnItsSecondSheet() throws Exception {
        var started = mvc.perform(get("/imports/templates/enterprises.xlsx")
                        .with(user("officer").roles("POLICY_OFFICER")))
                .andReturn();
        var finished = started.getRequest().isAsyncStarted()
                ? mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(
                                started))
                        .andReturn()
                : started;
        org.assertj.core.api.Assertions.assertThat(finished.getResponse().getStatus())
                .isEqualTo(200);
        byte[] template = finished.getResponse().getContentAsByteArray();

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            var codes = workbook.findSheet(ImportTemplates.CODES_SHEET).orElseThrow().read().stream()
                    .flatMap(row -> row.stream().filter(c -> c != null).map(c -> c.getText()))
                    .toList();
            assertThat(codes).containsAll(parks.all().stream().map(Park::code).toList());
            assertThat(codes)
                    .containsAll(taxonomy.all().stream().map(ChainSegment::code).toList());
        }
    }

    @Test
    void anEnterpriseUserIsRefusedThePage() throws Exception {
        mvc.perform(get("/imports").with(user("enterprise").roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProgressFragmentRendersAndStopsPollingWhenFinished() throws Exception {
        var files = new ImportFiles();
        byte[] csv = ImportFiles.csv(List.of(
                ImportFiles.header(ImportKind.ENTERPRISES),
                files.enterprise(files.creditCode(), 1, "shanghai-blockchain-base")));
        String location = mvc.perform(multipart("/imports")
                        .file(new MockMultipartFile("file", "one.csv", "text/csv", csv))
                        .param("kind", "enterprises")
                        .with(user("operator").roles("PARK_OPERATOR"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/imports/")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(get(location).with(user("operator").roles("PARK_OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-progress\"")));
        for (int i = 0; i < 100; i++) {
            String fragment = mvc.perform(get(location + "/progress")
                            .header("HX-Request", "true")
                            .with(user("operator").roles("PARK_OPERATOR")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<html"))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            if (fragment.contains("已完成")) {
                assertThat(fragment).contains("新登记企业 1 家").doesNotContain("hx-trigger");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import did not finish");
    }

    @Test
    void theParkListExportIsPublic() throws Exception {
        mvc.perform(get("/parks/export.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("parks.xlsx")));
    }
}

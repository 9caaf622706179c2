package org.mingyuan.platform.site;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BuildProperties build;

    @Test
    void homePageSpeaksSimplifiedChineseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("名园：区块链产业园区开放平台")))
                .andExpect(content().string(containsString("演示模式")));
    }

    @Test
    void englishSwitchChangesTheLanguageAndIsRemembered() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("an open platform for blockchain industrial parks")));
        mvc.perform(get("/parks").cookie(new Cookie("mingyuan-lang", "en")))
                .andExpect(content().string(containsString("Shanghai Blockchain Technology Innovation")));
    }

    @Test
    void parkListShowsProvenanceMarks() throws Exception {
        mvc.perform(get("/parks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上海区块链技术创新与产业化基地")))
                .andExpect(content().string(containsString("19,000 m²")))
                .andExpect(content().string(containsString("prov sourced")))
                .andExpect(content().string(containsString("prov illustrative")));
    }

    @Test
    void htmxSearchAnswersOnlyTheRows() throws Exception {
        mvc.perform(get("/parks").param("q", "昆明").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("云南省区块链中心")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("湖南娄底"))));
    }

    @Test
    void unknownParkPageIsAFriendly404() throws Exception {
        mvc.perform(get("/parks/999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不存在")));
        mvc.perform(get("/parks/not-a-number")).andExpect(status().isNotFound());
    }

    @Test
    void loginWithTheDemoPasswordWorksAndAWrongOneDoesNot() throws Exception {
        mvc.perform(formLogin("/login").user("officer").password("demo")).andExpect(authenticated());
        mvc.perform(formLogin("/login").user("officer").password("nope"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=credentials"));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "officer").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void navigationFollowsTheRole() throws Exception {
        mvc.perform(get("/").with(user("a").roles("ADMIN")))
                .andExpect(content().string(containsString("id=\"nav-accounts\"")))
                .andExpect(content().string(containsString("id=\"nav-audit\"")));
        mvc.perform(get("/").with(user("e").roles("ENTERPRISE")))
                .andExpect(content().string(not(containsString("id=\"nav-accounts\""))))
                .andExpect(content().string(not(containsString("id=\"nav-audit\""))));
        mvc.perform(get("/")).andExpect(content().string(containsString("id=\"nav-login\"")));
    }

    @Test
    void administrationPagesNeedTheirRoles() throws Exception {
        mvc.perform(get("/accounts")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/accounts").with(user("e").roles("ENTERPRISE"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(user("a").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("officer")));
        mvc.perform(get("/audit").with(user("s").roles("SUPERVISOR"))).andExpect(status().isOk());
    }

    @Test
    void scriptsAndStylesArePublicSoAnonymousVisitorsSeeCharts() throws Exception {
        mvc.perform(get("/js/charts.js")).andExpect(status().isOk());
        mvc.perform(get("/css/mingyuan.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void healthIsUp() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"UP\"")));
    }

    @Test
    void openApiDescribesTheParks() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/parks/{id}")));
    }

    @Test
    void openApiDocumentIsPublicAndNamedAfterTheProductAndItsBuild() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("名园 Mingyuan API"))
                .andExpect(jsonPath("$.info.version").value(build.getVersion()))
                .andExpect(jsonPath("$.info.description").value(containsString("RFC 9457")));
        mvc.perform(get("/api-docs.html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}

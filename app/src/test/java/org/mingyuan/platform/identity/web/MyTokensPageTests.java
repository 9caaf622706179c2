package org.mingyuan.platform.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.mingyuan.platform.identity.internal.AccountDirectory.NewAccount;
import org.mingyuan.platform.identity.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A signed-in user's own API tokens page: listing, issuing (the secret shown once) and revoking. */
@SpringBootTest
@AutoConfigureMockMvc
class MyTokensPageTests {

    private static final Pattern TOKEN = Pattern.compile("myt_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    ApiTokens tokens;

    /** A new enterprise user, signed in. */
    String someone() {
        return directory
                .create(
                        "admin",
                        new NewAccount(
                                AccountPagesTests.uniqueName("tok-"), "令牌用户", "Strong-pass-1", Set.of(Role.ENTERPRISE)))
                .username();
    }

    static RequestPostProcessor as(String username) {
        return user(username).roles("ENTERPRISE");
    }

    @Test
    void theTokensPageNeedsALogin() throws Exception {
        mvc.perform(get("/my/tokens")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anIssuedTokenIsShownOnceAndWorksForTheApi() throws Exception {
        String username = someone();
        String page = mvc.perform(post("/my/tokens")
                        .with(as(username))
                        .with(csrf())
                        .param("name", "报表脚本")
                        .param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(allOf(containsString("id=\"token-once\""), containsString("只显示这一次"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var shown = TOKEN.matcher(page);
        assertThat(shown.find()).isTrue();
        assertThat(tokens.resolve(shown.group()))
                .hasValueSatisfying(account -> assertThat(account.username()).isEqualTo(username));

        mvc.perform(get("/my/tokens").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("报表脚本"),
                                containsString("有效"),
                                not(containsString(shown.group())),
                                not(containsString("myt_")))));
    }

    @Test
    void aRefusedTokenShowsTheReasonsAndIssuesNothing() throws Exception {
        String username = someone();
        mvc.perform(post("/my/tokens")
                        .with(as(username))
                        .with(csrf())
                        .param("name", "夜间任务")
                        .param("days", "many"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-days\""),
                                containsString("有效天数应在 1 到 365 之间"),
                                containsString("value=\"夜间任务\""),
                                containsString("value=\"many\""))));
        mvc.perform(post("/my/tokens")
                        .with(as(username))
                        .with(csrf())
                        .param("name", " ")
                        .param("days", "400"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"error-name\"")));
        assertThat(tokens.of(username)).isEmpty();
    }

    @Test
    void anOwnTokenIsRevokedAndAnothersIsNotFound() throws Exception {
        String owner = someone();
        mvc.perform(post("/my/tokens")
                .with(as(owner))
                .with(csrf())
                .param("name", "旧脚本")
                .param("days", "7"));
        long id = tokens.of(owner).get(0).id();

        mvc.perform(post("/my/tokens/" + id + "/revoke").with(as(someone())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(tokens.of(owner).get(0).revoked()).isFalse();

        mvc.perform(post("/my/tokens/" + id + "/revoke").with(as(owner)).with(csrf()))
                .andExpect(redirectedUrl("/my/tokens"));
        assertThat(tokens.of(owner).get(0).revoked()).isTrue();
        mvc.perform(get("/my/tokens").with(as(owner)).flashAttr("notice", "tokens.notice.revoked"))
                .andExpect(content()
                        .string(allOf(
                                containsString("令牌已撤销。"),
                                containsString("已撤销"),
                                not(containsString("/my/tokens/" + id + "/revoke")))));
    }

    @Test
    void anAdministratorSeesAnAccountsTokensOnItsPage() throws Exception {
        String owner = someone();
        mvc.perform(post("/my/tokens")
                .with(as(owner))
                .with(csrf())
                .param("name", "对账脚本")
                .param("days", "7"));
        mvc.perform(get("/accounts/" + owner).with(AccountPagesTests.AS_ADMIN))
                .andExpect(content().string(allOf(containsString("id=\"tokens-table\""), containsString("对账脚本"))));
    }

    @Test
    void theMenuLinksToTheTokensPage() throws Exception {
        mvc.perform(get("/workbench").with(as(someone())))
                .andExpect(content().string(containsString("id=\"nav-tokens\"")));
    }
}

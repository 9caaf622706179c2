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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.Account;
import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.mingyuan.platform.identity.internal.AccountDirectory.NewAccount;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The account pages for administrators: the list, creating an account, its page, roles and state. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

    static final RequestPostProcessor AS_ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    Account reviewer() {
        return directory.create(
                "admin", new NewAccount(uniqueName("page-"), "页面审核员", "Strong-pass-1", Set.of(Role.REVIEWER)));
    }

    @Test
    void onlyAdministratorsSeeTheAccountPages() throws Exception {
        var enterprise = user("enterprise").roles("ENTERPRISE");
        String username = reviewer().username();
        mvc.perform(get("/accounts").with(enterprise)).andExpect(status().isForbidden());
        mvc.perform(get("/accounts/new").with(enterprise)).andExpect(status().isForbidden());
        mvc.perform(get("/accounts/" + username).with(enterprise)).andExpect(status().isForbidden());
        mvc.perform(post("/accounts/" + username + "/disable").with(enterprise).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/accounts")
                        .with(user("officer").roles("POLICY_OFFICER"))
                        .with(csrf())
                        .param("username", uniqueName("x-")))
                .andExpect(status().isForbidden());
        assertThat(directory.named(username).enabled()).isTrue();
    }

    @Test
    void theListLinksEachAccountAndOffersToDisableIt() throws Exception {
        String username = reviewer().username();
        mvc.perform(get("/accounts").with(AS_ADMIN))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"/accounts/" + username + "\""),
                                containsString("action=\"/accounts/" + username + "/disable\""),
                                containsString("name=\"_csrf\""),
                                containsString("href=\"/accounts/new\""))));
    }

    @Test
    void aRefusedAccountComesBackWithEachFieldsReasonAndNothingIsCreated() throws Exception {
        String username = uniqueName("bad-");
        mvc.perform(post("/accounts")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "坏账号")
                        .param("password", "short"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-password\""),
                                containsString("密码至少需要 8 个字符"),
                                containsString("id=\"error-roles\""),
                                containsString("至少需要一个角色"),
                                not(containsString("id=\"error-username\"")),
                                containsString("value=\"" + username + "\""),
                                containsString("value=\"坏账号\""),
                                not(containsString("short")))));
        assertThat(directory.all()).noneMatch(a -> a.username().equals(username));

        mvc.perform(post("/accounts")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", "X")
                        .param("displayName", "")
                        .param("password", "Strong-pass-1")
                        .param("roles", "REVIEWER"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-username\""),
                                containsString("id=\"error-displayName\""),
                                not(containsString("id=\"error-roles\"")),
                                containsString("value=\"REVIEWER\" checked"))));
    }

    @Test
    void anAdministratorCreatesAnAccountAndLandsOnItsPage() throws Exception {
        String username = uniqueName("new-");
        mvc.perform(post("/accounts")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "新财政人员")
                        .param("password", "Strong-pass-1")
                        .param("roles", "FINANCE", "SUPERVISOR"))
                .andExpect(redirectedUrl("/accounts/" + username))
                .andExpect(flash().attribute("notice", "account.notice.created"));
        assertThat(directory.named(username).roles()).containsExactlyInAnyOrder(Role.FINANCE, Role.SUPERVISOR);
        mvc.perform(get("/accounts/" + username).with(AS_ADMIN).flashAttr("notice", "account.notice.created"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"notice\""),
                                containsString("账号已创建。"),
                                containsString("data-announce=\"账号已创建。\""),
                                containsString("新财政人员"),
                                containsString("value=\"FINANCE\" checked"),
                                containsString("id=\"no-tokens\""))));
    }

    @Test
    void anAccountIsDisabledAndEnabledAgain() throws Exception {
        String username = reviewer().username();
        mvc.perform(post("/accounts/" + username + "/disable").with(AS_ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + username))
                .andExpect(flash().attribute("notice", "account.notice.disabled"));
        assertThat(directory.named(username).enabled()).isFalse();
        mvc.perform(get("/accounts/" + username).with(AS_ADMIN))
                .andExpect(content().string(containsString("action=\"/accounts/" + username + "/enable\"")));
        mvc.perform(post("/accounts/" + username + "/enable").with(AS_ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + username));
        assertThat(directory.named(username).enabled()).isTrue();
    }

    @Test
    void rolesAreReplacedAndNoRolesIsRefusedOnThePage() throws Exception {
        String username = reviewer().username();
        mvc.perform(post("/accounts/" + username + "/roles")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("roles", "PARK_OPERATOR", "REVIEWER"))
                .andExpect(redirectedUrl("/accounts/" + username))
                .andExpect(flash().attribute("notice", "account.notice.rolesChanged"));
        assertThat(directory.named(username).roles()).containsExactlyInAnyOrder(Role.PARK_OPERATOR, Role.REVIEWER);

        var refused = mvc.perform(
                        post("/accounts/" + username + "/roles").with(AS_ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/accounts/" + username))
                .andReturn()
                .getFlashMap();
        assertThat(directory.named(username).roles()).containsExactlyInAnyOrder(Role.PARK_OPERATOR, Role.REVIEWER);
        mvc.perform(get("/accounts/" + username).with(AS_ADMIN).flashAttrs(refused))
                .andExpect(
                        content().string(allOf(containsString("id=\"account-errors\""), containsString("至少需要一个角色"))));
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/accounts/nobody-" + UUID.randomUUID()).with(AS_ADMIN)).andExpect(status().isNotFound());
        mvc.perform(post("/accounts/nobody-x/disable").with(AS_ADMIN).with(csrf()))
                .andExpect(status().isNotFound());
    }
}

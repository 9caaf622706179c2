package org.mingyuan.platform.registry.web;

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
import org.mingyuan.platform.identity.internal.AccountDirectory;
import org.mingyuan.platform.identity.internal.AccountDirectory.NewAccount;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.ParkCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The forms on enterprise and park pages that link an account to them, and their refusals. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountLinkPagesTests {

    static final RequestPostProcessor AS_ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountDirectory directory;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    ParkCatalog parks;

    String account(Role role) {
        String username = "link-" + UUID.randomUUID().toString().substring(0, 8);
        directory.create("admin", new NewAccount(username, "关联测试", "Strong-pass-1", Set.of(role)));
        return username;
    }

    Enterprise anEnterprise() {
        return registry.search(
                        EnterprisePagesTests.OFFICER, new EnterpriseQuery(null, null, null, null, null, null, 0, 1))
                .items()
                .get(0);
    }

    long aPark() {
        return parks.search("").get(0).id().value();
    }

    @Test
    void anOfficerLinksAnEnterpriseAccountFromTheEnterprisesPage() throws Exception {
        Enterprise enterprise = anEnterprise();
        String code = enterprise.creditCode().value();
        String username = account(Role.ENTERPRISE);
        mvc.perform(get("/enterprises/" + code).with(EnterprisePagesTests.AS_OFFICER))
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"account-link-form\""),
                                containsString("action=\"/enterprises/" + code + "/accounts\""),
                                containsString("关联企业账号"))));
        mvc.perform(post("/enterprises/" + code + "/accounts")
                        .with(EnterprisePagesTests.AS_OFFICER)
                        .with(csrf())
                        .param("username", username))
                .andExpect(redirectedUrl("/enterprises/" + code))
                .andExpect(flash().attribute("notice", "link.notice.linked"));
        assertThat(directory.named(username).enterpriseId())
                .isEqualTo(enterprise.id().value());
    }

    @Test
    void anUnknownAccountOrOneWithoutTheRoleIsShownOnTheEnterprisesPage() throws Exception {
        String code = anEnterprise().creditCode().value();
        var unknown = mvc.perform(post("/enterprises/" + code + "/accounts")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", "nobody-here"))
                .andExpect(redirectedUrl("/enterprises/" + code))
                .andReturn()
                .getFlashMap();
        mvc.perform(get("/enterprises/" + code).with(AS_ADMIN).flashAttrs(unknown))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"error-username\""),
                                containsString("账号“nobody-here”不存在"),
                                containsString("value=\"nobody-here\""))));

        String reviewer = account(Role.REVIEWER);
        var lacking = mvc.perform(post("/enterprises/" + code + "/accounts")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", reviewer))
                .andReturn()
                .getFlashMap();
        mvc.perform(get("/enterprises/" + code).with(AS_ADMIN).flashAttrs(lacking))
                .andExpect(content().string(containsString("没有 ENTERPRISE 角色")));
        assertThat(directory.named(reviewer).enterpriseId()).isNull();
    }

    @Test
    void anAdministratorAssignsAParkOperatorFromTheParksPage() throws Exception {
        long park = aPark();
        String operator = account(Role.PARK_OPERATOR);
        mvc.perform(get("/parks/" + park).with(AS_ADMIN))
                .andExpect(content()
                        .string(allOf(
                                containsString("action=\"/parks/" + park + "/operators\""), containsString("指定运营账号"))));
        mvc.perform(post("/parks/" + park + "/operators")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", operator))
                .andExpect(redirectedUrl("/parks/" + park));
        assertThat(directory.named(operator).parkId()).isEqualTo(park);

        String enterprise = account(Role.ENTERPRISE);
        var refused = mvc.perform(post("/parks/" + park + "/operators")
                        .with(AS_ADMIN)
                        .with(csrf())
                        .param("username", enterprise))
                .andReturn()
                .getFlashMap();
        mvc.perform(get("/parks/" + park).with(AS_ADMIN).flashAttrs(refused))
                .andExpect(content().string(containsString("没有 PARK_OPERATOR 角色")));
        assertThat(directory.named(enterprise).parkId()).isNull();
    }

    @Test
    void othersNeitherSeeNorUseTheLinkForms() throws Exception {
        long park = aPark();
        String code = anEnterprise().creditCode().value();
        String operator = account(Role.PARK_OPERATOR);
        mvc.perform(get("/parks/" + park)).andExpect(content().string(not(containsString("account-link-form"))));
        mvc.perform(get("/enterprises/" + code).with(EnterprisePagesTests.AS_SUPERVISOR))
                .andExpect(content().string(not(containsString("account-link-form"))));
        mvc.perform(post("/parks/" + park + "/operators")
                        .with(EnterprisePagesTests.AS_OPERATOR)
                        .with(csrf())
                        .param("username", operator))
                .andExpect(status().isForbidden());
        assertThat(directory.named(operator).parkId()).isNull();
    }

    @Test
    void anUnknownParkIsNotFound() throws Exception {
        mvc.perform(post("/parks/999999/operators").with(AS_ADMIN).with(csrf()).param("username", "operator"))
                .andExpect(status().isNotFound());
    }
}

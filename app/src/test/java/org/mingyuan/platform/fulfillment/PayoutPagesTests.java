package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.PayoutTests.approved;
import static org.mingyuan.platform.fulfillment.PayoutTests.clause;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The payout pages: finance's desk lists the payable cases of its department and makes a batch of them; the case page
 * shows finance the payout form and, once paid, everyone who sees the case 已拨付 with the day and voucher; the
 * claw-back form records a claw-back; a refused form goes back with the reason.
 */
// Public notice is off here so an approved award is payable at once; PublicNoticeTests covers the notice.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mingyuan.fulfillment.notice-working-days=0")
@AutoConfigureMockMvc
class PayoutPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    String page(String path, String username, String role) throws Exception {
        return mvc.perform(get(path).with(user(username).roles(role)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void financePaysFromTheCasePageAndEveryoneSeesPaidWithTheDay() throws Exception {
        var api = new ApiClient(port);
        World world = FulfillmentFixtures.world(api, desk, 2500);
        List<Long> ids = approved(api, world, clause(desk, live, world, "PAGE1"), clause(desk, live, world, "PAGE2"));
        long id = ids.get(0);
        LocalDate today = RegistryTime.today();

        assertThat(page("/payouts", world.finance(), "FINANCE"))
                .contains("id=\"payable-" + id + "\"")
                .contains("id=\"payable-" + ids.get(1) + "\"");
        assertThat(page("/cases/" + id, world.finance(), "FINANCE")).contains("id=\"payout-form\"");
        assertThat(page("/cases/" + id, world.reviewer(), "REVIEWER")).doesNotContain("id=\"payout-form\"");

        String refused = mvc.perform(post("/cases/" + id + "/payout")
                        .with(user(world.finance()).roles("FINANCE"))
                        .with(csrf())
                        .param("amount", "150000.01")
                        .param("paidOn", today.toString())
                        .param("voucherNo", "PG-" + id))
                .andExpect(redirectedUrl("/cases/" + id))
                .andReturn()
                .getFlashMap()
                .get("errors")
                .toString();
        assertThat(refused).contains("amount").contains("150,000.00");

        mvc.perform(post("/cases/" + id + "/payout")
                        .with(user(world.finance()).roles("FINANCE"))
                        .with(csrf())
                        .param("amount", "150000")
                        .param("paidOn", today.toString())
                        .param("voucherNo", "PG-" + id))
                .andExpect(redirectedUrl("/cases/" + id));
        assertThat(page("/cases/" + id, world.enterprise(), "ENTERPRISE"))
                .contains("已拨付")
                .contains("id=\"paid-on\">" + today + "<")
                .contains("PG-" + id)
                .doesNotContain("id=\"clawback-form\"");
        assertThat(page("/enterprises/" + world.creditCode() + "/cases", world.enterprise(), "ENTERPRISE"))
                .contains(today + " 拨付");
        assertThat(page("/cases/" + id, world.reviewer(), "REVIEWER")).contains("id=\"clawback-form\"");

        mvc.perform(post("/cases/" + id + "/clawbacks")
                        .with(user(world.reviewer()).roles("REVIEWER"))
                        .with(csrf())
                        .param("reason", "INELIGIBLE")
                        .param("note", "事后核查发现不符合条件")
                        .param("amount", "1000"))
                .andExpect(redirectedUrl("/cases/" + id));
        assertThat(page("/cases/" + id, world.enterprise(), "ENTERPRISE"))
                .contains("事后发现不符合条件")
                .contains("1,000.00");

        mvc.perform(post("/payouts/batches")
                        .with(user(world.finance()).roles("FINANCE"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/payouts"));
        assertThat(page("/payouts", world.finance(), "FINANCE"))
                .contains("import-form-")
                .doesNotContain("id=\"payable-" + id + "\"");
        mvc.perform(get("/payouts").with(user(world.enterprise()).roles("ENTERPRISE")))
                .andExpect(status().isForbidden());
    }
}

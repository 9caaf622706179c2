package org.mingyuan.platform.policy.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mingyuan.platform.ApiClient.basic;
import static org.mingyuan.platform.policy.push.PushFixtures.clause;
import static org.mingyuan.platform.policy.push.PushFixtures.enterprise;
import static org.mingyuan.platform.policy.push.PushFixtures.enterprises;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The enterprise's inbox and notification setting through the API and the pages, who may see them, and the delivery
 * statistics officials read. No SMTP host is configured here, so e-mail is off: messages still queue for an instance
 * that has one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class InboxTests {

    static final String ENTERPRISE = basic("enterprise", "demo");
    static final String OFFICER = basic("officer", "demo");
    static final String OPERATOR = basic("operator", "demo");
    static final String SUPERVISOR = basic("supervisor", "demo");
    static final String ADMIN = basic("admin", "demo");
    static final RequestPostProcessor AS_ENTERPRISE = user("enterprise").roles("ENTERPRISE");
    static final RequestPostProcessor AS_OFFICER = user("officer").roles("POLICY_OFFICER");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifications notifications;

    @Autowired
    Inbox inbox;

    @Autowired
    EnterpriseRegistry registry;

    @Autowired
    Callers callers;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    String demo;

    @BeforeEach
    void demoEnterprise() {
        api = new ApiClient(port);
        demo = api.get("/api/v1/enterprises", ENTERPRISE)
                .json()
                .at("/items/0/creditCode")
                .asText();
    }

    EnterpriseId idOf(String creditCode) {
        return registry.find(callers.byUsername("officer").orElseThrow(), creditCode)
                .id();
    }

    JsonNode message(JsonNode page, String clauseId) {
        return StreamSupport.stream(page.get("messages").spliterator(), false)
                .filter(m -> m.get("clauseId").asText().equals(clauseId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no message about " + clauseId + " in " + page));
    }

    String registerElsewhere() {
        var random = new Random();
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new StringBuilder("MB");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String code = CreditCode.of("91", "440112", body.toString()).value();
        var created = api.post("/api/v1/enterprises", OFFICER, """
                {"creditCode":"%s","name":"别家链科技有限公司","industryCode":"I6510","foundedOn":"2021-03-01"}""".formatted(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    @Test
    void theEnterpriseReadsItsInboxAndMarksAMessageRead() {
        ClauseVersion eligible = clause(1, "房租补贴", "Rent subsidy");
        ClauseVersion near = clause(2, "上规奖励", "Growth award");
        EnterpriseId id = idOf(demo);
        long unreadBefore = api.get("/api/v1/enterprises/" + demo + "/inbox", ENTERPRISE)
                .json()
                .get("unread")
                .asLong();
        notifications.push(id, demo, eligible, new BigDecimal("80000"), PushKind.newlyEligible());
        notifications.push(id, demo, near, null, PushKind.nearMiss(List.of("营业收入 ≥ 500 万元，现为 320 万元")));

        var read = api.get("/api/v1/enterprises/" + demo + "/inbox?size=200", ENTERPRISE);
        assertThat(read.status()).isEqualTo(200);
        JsonNode page = read.json();
        assertThat(page.get("unread").asLong()).isEqualTo(unreadBefore + 2);
        JsonNode told = message(page, eligible.clauseId());
        assertThat(told.get("kind").asText()).isEqualTo("NEWLY_ELIGIBLE");
        assertThat(told.get("estimatedAmount").decimalValue()).isEqualByComparingTo("80000");
        assertThat(told.get("clauseVersion").asInt()).isEqualTo(1);
        assertThat(told.has("readAt")).isFalse();
        JsonNode almost = message(page, near.clauseId());
        assertThat(almost.get("lacking").get(0).asText()).isEqualTo("营业收入 ≥ 500 万元，现为 320 万元");
        assertThat(almost.get("clauseVersion").asInt()).isEqualTo(2);

        long messageId = told.get("id").asLong();
        assertThat(api.post("/api/v1/enterprises/" + demo + "/inbox/" + messageId + "/read", OFFICER, "")
                        .status())
                .as("an official reading the inbox marks nothing read")
                .isEqualTo(403);
        assertThat(api.post("/api/v1/enterprises/" + demo + "/inbox/" + messageId + "/read", ENTERPRISE, "")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/v1/enterprises/" + demo + "/inbox/" + messageId + "/read", ENTERPRISE, "")
                        .status())
                .isEqualTo(204);
        JsonNode after = api.get("/api/v1/enterprises/" + demo + "/inbox?size=200", OFFICER)
                .json();
        assertThat(after.get("unread").asLong()).isEqualTo(unreadBefore + 1);
        assertThat(message(after, eligible.clauseId()).has("readAt")).isTrue();

        var missing = api.post("/api/v1/enterprises/" + demo + "/inbox/999999999999/read", ENTERPRISE, "");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anotherEnterpriseAParkOperatorAndStrangersCannotReadTheInbox() {
        String other = registerElsewhere();
        notifications.push(idOf(other), other, clause(1, "别家的条款", "Someone else's"), null, PushKind.newlyEligible());
        long theirs = api.get("/api/v1/enterprises/" + other + "/inbox", OFFICER)
                .json()
                .at("/messages/0/id")
                .asLong();

        assertThat(api.get("/api/v1/enterprises/" + other + "/inbox", ENTERPRISE)
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/enterprises/" + other + "/inbox/" + theirs + "/read", ENTERPRISE, "")
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/enterprises/" + demo + "/inbox/" + theirs + "/read", ENTERPRISE, "")
                        .status())
                .as("another enterprise's message through one's own inbox")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/enterprises/" + other + "/notification-settings", ENTERPRISE)
                        .status())
                .isEqualTo(404);
        assertThat(api.put(
                                "/api/v1/enterprises/" + other + "/notification-settings",
                                ENTERPRISE,
                                "{\"emailEnabled\":false}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/enterprises/" + other + "/inbox", null).status())
                .isEqualTo(401);

        assertThat(api.get("/api/v1/enterprises/" + demo, OPERATOR).status())
                .as("the operator sees the enterprise of its park")
                .isEqualTo(200);
        var operator = api.get("/api/v1/enterprises/" + demo + "/inbox", OPERATOR);
        assertThat(operator.status()).as("but not its inbox").isEqualTo(403);
        assertThat(operator.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/enterprises/" + other + "/inbox", SUPERVISOR)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aSettingIsCheckedWholeAndARefusedOneWritesNothing() {
        String path = "/api/v1/enterprises/" + demo + "/notification-settings";
        assertThat(api.put(path, ENTERPRISE, "{\"email\":\"finance@demo.example\",\"emailEnabled\":true}")
                        .status())
                .isEqualTo(200);

        var malformed = api.put(path, ENTERPRISE, "{\"email\":\"not an address\",\"emailEnabled\":false}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().at("/errors/0/field").asText()).isEqualTo("email");
        assertThat(malformed.json().at("/errors/0/reason").asText()).contains("邮箱地址格式不正确");
        var unsaid = api.put(path, ENTERPRISE, "{\"email\":\"x@demo.example\"}");
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.json().at("/errors/0/field").asText()).isEqualTo("emailEnabled");
        var noAddress = api.put(path, ENTERPRISE, "{\"emailEnabled\":true}");
        assertThat(noAddress.json().at("/errors/0/field").asText()).isEqualTo("email");
        assertThat(api.put(path, ENTERPRISE, "{\"emailEnabled\":false,\"sms\":true}")
                        .status())
                .isEqualTo(400);
        JsonNode kept = api.get(path, ENTERPRISE).json();
        assertThat(kept.get("email").asText()).isEqualTo("finance@demo.example");
        assertThat(kept.get("emailEnabled").asBoolean()).isTrue();

        assertThat(api.put(path, OFFICER, "{\"emailEnabled\":false}").status()).isEqualTo(403);
        assertThat(api.get(path, ENTERPRISE).json().get("emailEnabled").asBoolean())
                .isTrue();

        ClauseVersion clause = clause(1, "邮件排队", "Queued mail");
        notifications.push(idOf(demo), demo, clause, null, PushKind.newlyEligible());
        JsonNode queued = message(
                api.get("/api/v1/enterprises/" + demo + "/inbox?size=200", ENTERPRISE)
                        .json(),
                clause.clauseId());
        assertThat(queued.get("email").asText())
                .as("no SMTP host here: the e-mail waits in the queue")
                .isEqualTo("QUEUED");

        assertThat(api.put(path, ADMIN, "{\"email\":\"finance@demo.example\",\"emailEnabled\":false}")
                        .status())
                .isEqualTo(200);
        ClauseVersion quiet = clause(1, "不发邮件", "No mail");
        notifications.push(idOf(demo), demo, quiet, null, PushKind.newlyEligible());
        assertThat(message(
                                api.get("/api/v1/enterprises/" + demo + "/inbox?size=200", ENTERPRISE)
                                        .json(),
                                quiet.clauseId())
                        .has("email"))
                .isFalse();
    }

    @Test
    void officialsSeePerClauseHowManyWerePushedReadEmailedAndApplied() {
        ClauseVersion clause = clause(1, "统计", "Statistics");
        long first = enterprises(3);
        jdbc.sql("insert into policy_notification_setting (enterprise_id, email, email_enabled, updated_at, updated_by)"
                        + " values (?, 'stats@demo.example', true, ?, 'test')")
                .params(first, java.sql.Timestamp.from(Instant.now()))
                .update();
        notifications.pushAll(List.of(
                new PushRequest(enterprise(first), demo, clause, BigDecimal.TEN, PushKind.newlyEligible()),
                new PushRequest(enterprise(first + 1), demo, clause, BigDecimal.TEN, PushKind.newlyEligible()),
                new PushRequest(enterprise(first + 2), demo, clause, null, PushKind.nearMiss(List.of("信用良好")))));
        long message = jdbc.sql("select id from policy_inbox where enterprise_id = ? and clause_id = ?")
                .params(first + 1, clause.clauseId())
                .query(Long.class)
                .single();
        assertThat(inbox.markRead(first + 1, message, Instant.now())).isTrue();
        notifications.push(enterprise(first), demo, PushFixtures.amended(clause), null, PushKind.newlyEligible());

        String path = "/api/v1/clauses/" + clause.clauseId() + "/deliveries";
        var answered = api.get(path, OFFICER);
        assertThat(answered.status()).isEqualTo(200);
        JsonNode first1 = answered.json().at("/versions/0");
        assertThat(first1.get("version").asInt()).isEqualTo(1);
        assertThat(first1.get("pushed").asLong()).isEqualTo(2);
        assertThat(first1.get("nearMisses").asLong()).isEqualTo(1);
        assertThat(first1.get("read").asLong()).isEqualTo(1);
        assertThat(first1.get("emailed").asLong()).isZero();
        assertThat(first1.get("emailPending").asLong()).isEqualTo(1);
        assertThat(answered.json().at("/versions/1/pushed").asLong()).isEqualTo(1);
        assertThat(answered.json().at("/total/pushed").asLong()).isEqualTo(3);
        boolean anyApplication = jdbc.sql("select count(*) from policy_push_suppressed")
                        .query(Long.class)
                        .single()
                > 0;
        assertThat(first1.has("applied"))
                .as("applied is shown only once applications are recorded at all")
                .isEqualTo(anyApplication);

        notifications.markApplied(enterprise(first + 1), clause.clauseId(), 1);
        JsonNode applied = api.get(path, SUPERVISOR).json();
        assertThat(applied.at("/versions/0/applied").asLong()).isEqualTo(1);
        assertThat(applied.at("/versions/1/applied").asLong()).isZero();

        assertThat(api.get(path, ENTERPRISE).status()).isEqualTo(403);
        assertThat(api.get(path, OPERATOR).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/clauses/NEVER-PUSHED/deliveries", ADMIN)
                        .json()
                        .get("versions")
                        .size())
                .isZero();
        var tooLong = api.get("/api/v1/clauses/" + "X".repeat(101) + "/deliveries", OFFICER);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().at("/errors/0/field").asText()).isEqualTo("clauseId");
    }

    @Test
    void theInboxPageShowsMessagesEscapedWithWhatANearMissLacksAndMarksThemRead() throws Exception {
        ClauseVersion clause = clause(1, "<b>加粗</b>补贴", "<b>Bold</b> subsidy");
        EnterpriseId id = idOf(demo);
        notifications.push(id, demo, clause, null, PushKind.nearMiss(List.of("<i>已在本区纳税</i>")));
        long message = jdbc.sql("select id from policy_inbox where enterprise_id = ? and clause_id = ?")
                .params(id.value(), clause.clauseId())
                .query(Long.class)
                .single();

        mvc.perform(get("/enterprises/" + demo + "/inbox").with(AS_ENTERPRISE))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("收件箱"),
                                containsString("&lt;b&gt;加粗&lt;/b&gt;补贴"),
                                not(containsString("<b>加粗")),
                                containsString("&lt;i&gt;已在本区纳税&lt;/i&gt;"),
                                containsString("您还差"),
                                containsString("id=\"read-" + message + "\""),
                                containsString("id=\"settings-form\""))));
        mvc.perform(get("/enterprises/" + demo + "/inbox").with(AS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("id=\"read-" + message + "\"")),
                                not(containsString("id=\"settings-form\"")))));
        mvc.perform(get("/enterprises/" + demo + "/inbox").with(AS_ENTERPRISE).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Inbox"), containsString("What you still lack"))));

        mvc.perform(post("/enterprises/" + demo + "/inbox/" + message + "/read")
                        .with(AS_ENTERPRISE)
                        .with(csrf()))
                .andExpect(redirectedUrl("/enterprises/" + demo + "/inbox#message-" + message));
        assertThat(jdbc.sql("select read_at from policy_inbox where id = ?")
                        .param(message)
                        .query(java.sql.Timestamp.class)
                        .single())
                .isNotNull();

        mvc.perform(post("/enterprises/" + demo + "/notification-settings")
                        .with(AS_ENTERPRISE)
                        .with(csrf())
                        .param("emailEnabled", "true")
                        .param("email", "<script>@x"))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("邮箱地址格式不正确"),
                                containsString("id=\"error-email\""),
                                containsString("value=\"&lt;script&gt;@x\""))));
        mvc.perform(post("/enterprises/" + demo + "/notification-settings")
                        .with(AS_ENTERPRISE)
                        .with(csrf())
                        .param("email", "office@demo.example"))
                .andExpect(redirectedUrl("/enterprises/" + demo + "/inbox#notification-settings"));
        assertThat(api.get("/api/v1/enterprises/" + demo + "/notification-settings", ENTERPRISE)
                        .json()
                        .get("emailEnabled")
                        .asBoolean())
                .as("an unticked box turns e-mail off")
                .isFalse();

        mvc.perform(get("/my/inbox").with(AS_ENTERPRISE)).andExpect(redirectedUrl("/enterprises/" + demo + "/inbox"));
        mvc.perform(get("/my/inbox/badge").with(AS_ENTERPRISE))
                .andExpect(content().string(containsString("href=\"/enterprises/" + demo + "/inbox\"")));
        mvc.perform(get("/workbench").with(AS_ENTERPRISE))
                .andExpect(content()
                        .string(allOf(containsString("id=\"shortcut-inbox\""), containsString("/my/inbox/badge"))));
        mvc.perform(get("/enterprises/" + demo + "/inbox").with(user("operator").roles("PARK_OPERATOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDeliveriesPageIsForOfficials() throws Exception {
        ClauseVersion clause = clause(1, "页面统计", "Page statistics");
        notifications.push(enterprise(enterprises(1)), demo, clause, null, PushKind.newlyEligible());
        mvc.perform(get("/clauses/" + clause.clauseId() + "/deliveries").with(AS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("送达统计"), containsString("id=\"version-1\""))));
        mvc.perform(get("/clauses/" + clause.clauseId() + "/deliveries").with(AS_ENTERPRISE))
                .andExpect(status().isForbidden());
    }
}

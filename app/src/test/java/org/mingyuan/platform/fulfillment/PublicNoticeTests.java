package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.application;
import static org.mingyuan.platform.fulfillment.FulfillmentFixtures.parkDepartmentFinance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.ApiClient;
import org.mingyuan.platform.MovableClock;
import org.mingyuan.platform.fulfillment.FulfillmentFixtures.World;
import org.mingyuan.platform.ledger.LedgerEvents;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Public notice (公示) on a clock the test moves between days of 2026: an award approved on the eve of National Day is
 * listed from the first working day after the holiday for five working days; anyone objects while it is listed and not
 * after; an objection keeps the award from being paid until the department answers it; an upheld objection withdraws
 * the award and releases its budget; a reviewer of another department cannot answer; hostile objections are refused
 * naming the field; the approval's receipt is public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.AsPlatformClock.class)
@DirtiesContext
class PublicNoticeTests {

    @LocalServerPort
    int port;

    @Autowired
    PolicyDesk desk;

    @Autowired
    LiveMatcher live;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Autowired
    Payability payability;

    @Autowired
    LedgerEvents ledger;

    ApiClient api;

    /** Moves the clock to 10:00 in China on {@code day}. */
    void on(LocalDate day) {
        clock.moveTo(day.atTime(LocalTime.of(10, 0)).atZone(RegistryTime.ZONE).toInstant());
        assertThat(RegistryTime.today(clock)).isEqualTo(day);
    }

    /** Puts the clock back to the real time, when the registry's facts as recorded are known. */
    @AfterEach
    void now() {
        clock.moveTo(Instant.now());
    }

    /** A new world, now, with its enterprise of revenue 2,500 万元. */
    World world() {
        now();
        api = new ApiClient(port);
        return FulfillmentFixtures.world(api, desk, 2500);
    }

    String clause(World world) throws InterruptedException {
        return FulfillmentFixtures.clause(
                desk,
                live,
                world,
                "NOTICE",
                "revenue >= 100.0",
                new BigDecimal("200000"),
                new BigDecimal("1000000"),
                parkDepartmentFinance());
    }

    long file(World world, String clause) {
        var filed = api.post(
                "/api/v1/enterprises/" + world.creditCode() + "/applications",
                world.auth(world.enterprise()),
                application(clause),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().at("/cases/0/id").asLong();
    }

    /**
     * Files the clause now and has the park and the department approve it; finance approves it on {@code day} (the
     * registry's facts are recorded now, so the matcher is asked now); returns the case.
     */
    JsonNode approved(World world, String clause, LocalDate day) {
        long id = file(world, clause);
        for (String user : List.of(world.operator(), world.reviewer(), world.finance())) {
            if (user.equals(world.finance())) {
                on(day);
            }
            var acted = api.post("/api/v1/cases/" + id + "/approve", world.auth(user), "{}");
            assertThat(acted.status()).as(acted.body()).isEqualTo(200);
        }
        return detail(world, id).get("reviewCase");
    }

    JsonNode detail(World world, long id) {
        var read = api.get("/api/v1/cases/" + id, world.auth(world.enterprise()));
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    /** The world's department's notice of case {@code id} in the public list, if listed. */
    Optional<JsonNode> listed(World world, long id) {
        var list = api.get(
                "/api/v1/notices?size=100&department=" + URLEncoder.encode(world.department(), StandardCharsets.UTF_8),
                null);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        for (JsonNode n : list.json().get("items")) {
            assertThat(n.get("department").asText()).isEqualTo(world.department());
            if (n.get("caseId").asLong() == id) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    ApiClient.Response object(long id, String body) {
        return api.post("/api/v1/notices/" + id + "/objections", null, body);
    }

    ApiClient.Response answer(World world, String user, long id, long objection, String outcome) {
        return api.post(
                "/api/v1/cases/" + id + "/objections/" + objection + "/answer",
                world.auth(user),
                "{\"outcome\":\"" + outcome + "\",\"answer\":\"经核实，企业符合条件。\"}");
    }

    List<String> kinds(World world, long id) {
        List<String> kinds = new ArrayList<>();
        detail(world, id)
                .get("timeline")
                .forEach(t -> kinds.add(t.at("/step/kind").asText()));
        return kinds;
    }

    static String field(ApiClient.Response refused) {
        assertThat(refused.contentType()).startsWith("application/problem+json");
        return refused.json().at("/errors/0/field").asText();
    }

    @Test
    void anAwardApprovedOnTheEveOfNationalDayIsListedAfterTheHolidayAndPaidOnlyOnceItsObjectionIsAnswered()
            throws InterruptedException {
        World world = world();
        String clause = clause(world);
        JsonNode approved = approved(world, clause, LocalDate.of(2026, 9, 30));
        long id = approved.get("id").asLong();
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("noticeFrom").asText())
                .as("1-7 October are off: listed from the first working day after")
                .isEqualTo("2026-10-08");
        assertThat(approved.get("noticeUntil").asText())
                .as("five working days, Saturday 10 October worked")
                .isEqualTo("2026-10-13");
        assertThat(listed(world, id)).as("not listed before its first day").isEmpty();
        assertThat(payability.payable(id)).isFalse();

        on(LocalDate.of(2026, 10, 8));
        JsonNode notice = listed(world, id).orElseThrow();
        assertThat(notice.get("status").asText()).isEqualTo("ON_NOTICE");
        assertThat(notice.get("enterpriseName").asText()).startsWith("办理测试企业 ");
        assertThat(notice.get("creditCode").asText()).isEqualTo(world.creditCode());
        assertThat(notice.get("amount").decimalValue()).isEqualByComparingTo("200000");
        assertThat(notice.get("clauseId").asText()).isEqualTo(clause);
        assertThat(notice.get("policyTitleZh").asText()).startsWith("办理测试政策 ");
        assertThat(notice.get("objections").asInt()).isZero();
        var page = api.get("/notices", null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("奖补公示").contains("objection-form-" + id);

        var lodged = object(id, """
                {"text":"该企业年营业收入不足条款要求。","name":"李四","contact":"13800000000"}""");
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
        long objection = lodged.json().get("id").asLong();
        assertThat(lodged.body()).doesNotContain("李四").doesNotContain("13800000000");
        assertThat(listed(world, id).orElseThrow().get("objections").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/notices?size=100", null).body()).doesNotContain("李四");
        var seenByEnterprise = api.get("/api/v1/cases/" + id + "/objections", world.auth(world.enterprise()));
        assertThat(seenByEnterprise.status()).isEqualTo(200);
        assertThat(seenByEnterprise.json().get(0).get("text").asText()).isEqualTo("该企业年营业收入不足条款要求。");
        assertThat(seenByEnterprise.body()).doesNotContain("李四").doesNotContain("13800000000");
        var seenByReviewer = api.get("/api/v1/cases/" + id + "/objections", world.auth(world.reviewer()));
        assertThat(seenByReviewer.json().get(0).get("objectorName").asText()).isEqualTo("李四");
        assertThat(api.get("/api/v1/review/objections", world.auth(world.reviewer()))
                        .body())
                .contains("\"id\":" + id);
        Browser reviewer = new Browser(port);
        reviewer.login(world.reviewer());
        assertThat(reviewer.get("/review").body()).contains("objected-" + id);
        assertThat(reviewer.get("/cases/" + id).body())
                .contains("answer-form-" + objection)
                .contains("李四")
                .contains("2026-10-08 至 2026-10-13");
        Browser owner = new Browser(port);
        owner.login(world.enterprise());
        assertThat(owner.get("/cases/" + id).body())
                .contains("该企业年营业收入不足条款要求。")
                .doesNotContain("李四")
                .doesNotContain("answer-form-");
        var byForm = new Browser(port).submit("/notices", "/notices/" + id + "/objections", "text=" + encode("第二条异议"));
        assertThat(byForm.statusCode()).isEqualTo(302);
        assertThat(listed(world, id).orElseThrow().get("objections").asInt())
                .as("lodged on the page's form")
                .isEqualTo(2);
        long second = objectionIds(world, id).get(1);
        var answeredByForm = reviewer.submit(
                "/cases/" + id,
                "/cases/" + id + "/objections/" + second + "/answer",
                "outcome=DISMISSED&answer=" + encode("重复异议，不成立。"));
        assertThat(answeredByForm.statusCode()).isEqualTo(302);
        assertThat(objectionIds(world, id)).hasSize(2);

        on(LocalDate.of(2026, 10, 13));
        assertThat(payability.payable(id)).as("the last day of notice").isFalse();
        on(LocalDate.of(2026, 10, 14));
        assertThat(listed(world, id).orElseThrow().get("status").asText()).isEqualTo("ENDED");
        var late = object(id, "{\"text\":\"公示期满后的异议\"}");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(field(late)).isEqualTo("case");
        assertThat(payability.payable(id))
                .as("an objection waits for its answer")
                .isFalse();

        var outsider = answer(world, world.outsider(), id, objection, "DISMISSED");
        assertThat(outsider.status()).as(outsider.body()).isEqualTo(403);
        assertThat(payability.payable(id)).isFalse();
        var dismissed = answer(world, world.reviewer(), id, objection, "DISMISSED");
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json().get("outcome").asText()).isEqualTo("DISMISSED");
        assertThat(payability.payable(id)).isTrue();
        assertThat(jdbc.sql("select count(*) from fulfillment_case c where c.id = :id and " + Payability.PAYABLE_SQL)
                        .param("id", id)
                        .param("today", java.sql.Date.valueOf(LocalDate.of(2026, 10, 14)))
                        .query(Integer.class)
                        .single())
                .as("the payable rule as SQL")
                .isEqualTo(1);
        assertThat(answer(world, world.reviewer(), id, objection, "UPHELD").status())
                .as("answered once")
                .isEqualTo(409);
        assertThat(detail(world, id).at("/reviewCase/state").asText()).isEqualTo("APPROVED");

        JsonNode timeline = detail(world, id).get("timeline");
        assertThat(kinds(world, id)).containsSubsequence("APPROVED", "OBJECTION_LODGED", "OBJECTION_ANSWERED");
        String lodgedKey = null;
        for (JsonNode t : timeline) {
            if (t.at("/step/kind").asText().equals("OBJECTION_LODGED")) {
                lodgedKey = "case-step:" + t.at("/step/eventId").asText();
                assertThat(t.at("/step/actor").asText())
                        .as("the objector stays anonymous")
                        .isEqualTo("public");
            }
            String key = "case-step:" + t.at("/step/eventId").asText();
            FulfillmentFixtures.await(() -> ledger.indexOf(key).isPresent());
            assertThat(jdbc.sql("select count(*) from ledger_entry where event_key = ?")
                            .param(key)
                            .query(Integer.class)
                            .single())
                    .as("each step once in the ledger")
                    .isEqualTo(1);
        }

        FulfillmentFixtures.await(
                () -> listed(world, id).orElseThrow().path("receipt").isNumber());
        long receipt = listed(world, id).orElseThrow().get("receipt").asLong();
        var anonymous = api.get("/api/v1/ledger/receipts/" + receipt, null);
        assertThat(anonymous.status()).as(anonymous.body()).isEqualTo(200);
        assertThat(new String(
                        java.util.Base64.getDecoder()
                                .decode(anonymous.json().get("entry").asText()),
                        StandardCharsets.UTF_8))
                .as("the entry says until when the award is listed")
                .contains("\"type\":\"AwardApproved\"")
                .contains("listedUntil")
                .contains("2026-10-13");
        assertThat(anonymous.json().path("openings").size())
                .as("no openings for the public")
                .isZero();
        assertThat(lodgedKey).isNotNull();
        long lodgedEntry = ledger.indexOf(lodgedKey).orElseThrow();
        assertThat(api.get("/api/v1/ledger/receipts/" + lodgedEntry, null).status())
                .as("an objection's entry is not public")
                .isEqualTo(401);

        on(LocalDate.of(2026, 11, 20));
        assertThat(listed(world, id))
                .as("off the list a month after its notice ended")
                .isEmpty();
    }

    @Test
    void anUpheldObjectionWithdrawsTheAwardAndReleasesItsBudget() throws InterruptedException {
        World world = world();
        String clause = clause(world);
        long id = approved(world, clause, LocalDate.of(2026, 11, 2)).get("id").asLong();
        assertThat(reserved(clause)).isEqualByComparingTo("200000");

        on(LocalDate.of(2026, 11, 3));
        var lodged = object(id, "{\"text\":\"该企业已于今年迁出园区。\"}");
        assertThat(lodged.status()).as(lodged.body()).isEqualTo(201);
        long objection = lodged.json().get("id").asLong();

        for (String user : List.of(world.outsider(), world.enterprise(), world.finance())) {
            var refused = answer(world, user, id, objection, "UPHELD");
            assertThat(refused.status()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(detail(world, id).at("/reviewCase/state").asText()).isEqualTo("APPROVED");
        assertThat(reserved(clause)).as("nothing changed").isEqualByComparingTo("200000");

        var upheld = answer(world, world.reviewer(), id, objection, "UPHELD");
        assertThat(upheld.status()).as(upheld.body()).isEqualTo(200);
        JsonNode withdrawn = detail(world, id).get("reviewCase");
        assertThat(withdrawn.get("state").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("closedAt").isTextual()).isTrue();
        assertThat(reserved(clause)).as("the reservation released").isEqualByComparingTo("0");
        assertThat(jdbc.sql("select approvals from fulfillment_budget where clause_id = ?")
                        .param(clause)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select open_clause from fulfillment_case where id = ?")
                        .param(id)
                        .query(String.class)
                        .optional())
                .isEmpty();
        assertThat(kinds(world, id)).containsSubsequence("OBJECTION_LODGED", "OBJECTION_ANSWERED", "WITHDRAWN");
        assertThat(listed(world, id).orElseThrow().get("status").asText()).isEqualTo("WITHDRAWN");
        var again = object(id, "{\"text\":\"再次异议\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(field(again)).isEqualTo("case");

        on(LocalDate.of(2026, 11, 20));
        assertThat(payability.payable(id)).isFalse();
        now();
        FulfillmentFixtures.await(() -> live.ready()
                && live.matches(world.creditCode()).qualified().stream()
                        .anyMatch(m -> m.clauseId().equals(clause)));
        assertThat(file(world, clause)).as("the enterprise may apply again").isNotEqualTo(id);
    }

    @Test
    void hostileEarlyOrUnlistedObjectionsAreRefusedAndChangeNothing() throws InterruptedException {
        World world = world();
        String clause = clause(world);
        long id = approved(world, clause, LocalDate.of(2026, 11, 2)).get("id").asLong();
        assertThat(object(id, "{\"text\":\"尚未公示\"}").status())
                .as("not listed before the working day after approval")
                .isEqualTo(404);
        assertThat(object(999_999_999L, "{\"text\":\"没有此办件\"}").status()).isEqualTo(404);

        on(LocalDate.of(2026, 11, 3));
        for (String body : List.of(
                "{\"text\":\"" + "异".repeat(2001) + "\"}",
                "{\"text\":\"正常文字\\u202e隐藏\"}",
                "{\"text\":\"\\u200b\\u200b\"}",
                "{\"text\":\"   \"}",
                "{}")) {
            var refused = object(id, body);
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(field(refused)).isEqualTo("text");
        }
        var badName = object(id, "{\"text\":\"正常\",\"name\":\"李\\n四\",\"contact\":\"" + "1".repeat(101) + "\"}");
        assertThat(badName.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        badName.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("name", "contact");
        assertThat(jdbc.sql("select count(*) from fulfillment_objection where case_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(kinds(world, id)).doesNotContain("OBJECTION_LODGED");

        var noToken = api.get("/notices", null);
        assertThat(noToken.status()).isEqualTo(200);
        assertThat(new ApiClient(port)
                        .post("/notices/" + id + "/objections", null, "{}")
                        .status())
                .as("the page's form needs its CSRF token")
                .isEqualTo(403);
        var badPage = api.get("/api/v1/notices?size=1000", null);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(field(badPage)).isEqualTo("size");
    }

    List<Long> objectionIds(World world, long id) {
        List<Long> ids = new ArrayList<>();
        api.get("/api/v1/cases/" + id + "/objections", world.auth(world.reviewer()))
                .json()
                .forEach(o -> ids.add(o.get("id").asLong()));
        return ids;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A browser-like client of the pages: keeps its session cookie and sends each form's CSRF token back. */
    static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;

        Browser(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        void login(String username) {
            var answer = submit(
                    "/login",
                    "/login",
                    "username=" + encode(username) + "&password=" + encode(FulfillmentFixtures.PASSWORD));
            assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        /** Opens {@code page} for its CSRF token and posts {@code form} to {@code action}. */
        HttpResponse<String> submit(String page, String action, String form) {
            Matcher token = CSRF.matcher(get(page).body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return send(HttpRequest.newBuilder(URI.create(base + action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(token.group(1)) + "&" + form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException failed) {
                throw new IllegalStateException(failed);
            }
        }
    }

    BigDecimal reserved(String clause) {
        return jdbc.sql("select reserved from fulfillment_budget where clause_id = ?")
                .param(clause)
                .query(BigDecimal.class)
                .single();
    }
}

package org.mingyuan.platform.policy.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mingyuan.platform.policy.push.PushFixtures.amended;
import static org.mingyuan.platform.policy.push.PushFixtures.clause;
import static org.mingyuan.platform.policy.push.PushFixtures.domain;
import static org.mingyuan.platform.policy.push.PushFixtures.enterprise;
import static org.mingyuan.platform.policy.push.PushFixtures.enterprises;
import static org.mingyuan.platform.policy.push.PushFixtures.parts;
import static org.mingyuan.platform.policy.push.PushFixtures.to;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mingyuan.platform.policy.ClauseVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pushes through the real queue and the real SMTP client to GreenMail, a real SMTP server in this JVM, on the
 * configured database (embedded H2 by default, PostgreSQL with {@code SPRING_DATASOURCE_URL}). The scheduled drain is
 * off here so that each test drains when it means to; {@link #theScheduleDrainsTheQueue} runs a schedule of its own.
 */
@SpringBootTest(
        properties = {
            "mingyuan.mail.drain=false",
            "mingyuan.mail.batch-size=10",
            "mingyuan.mail.retry-after=2s",
            "mingyuan.mail.base-url=https://mingyuan.example/",
            "mingyuan.mail.from=notices@mingyuan.example"
        })
class PushMailTests {

    private static final Logger log = LoggerFactory.getLogger(PushMailTests.class);
    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationSettings settings;

    @Autowired
    MailSchedule schedule;

    @Autowired
    MailQueue queue;

    @Autowired
    PushMail mail;

    @Autowired
    PushMailProperties properties;

    @Autowired
    ObjectProvider<JavaMailSender> sender;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    MailDrain drain;

    @BeforeEach
    void drain() {
        drain = schedule.drain().orElseThrow();
        if (!smtp.isRunning()) {
            smtp.start();
        }
    }

    long withEmail(long enterpriseId, String address) {
        settings.save(enterpriseId, new NotificationSettingDraft(address, true, null), "test");
        return enterpriseId;
    }

    long withNearMissEmail(long enterpriseId, String address) {
        settings.save(enterpriseId, new NotificationSettingDraft(address, true, true), "test");
        return enterpriseId;
    }

    @Test
    void aPushWritesOneMessageAndOneEmailWithTheDatabaseTextEscaped() throws Exception {
        String domain = domain();
        long id = withEmail(enterprises(1), "finance@" + domain);
        ClauseVersion clause = clause(1, "<script>alert(\"x\")</script> 房租补贴 & 奖励", "Rent <b>subsidy</b>");

        assertThat(notifications.push(
                        enterprise(id),
                        "91310110MA1G8XQ25B",
                        clause,
                        new BigDecimal("120000.50"),
                        PushKind.newlyEligible()))
                .isTrue();
        assertThat(drain.drainAll()).isPositive();

        List<MimeMessage> received = to(smtp.getReceivedMessages(), domain);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject())
                .isEqualTo("【名园】您的企业可能符合：<script>alert(\"x\")</script> 房租补贴 & 奖励"
                        + " | [Mingyuan] Your enterprise may qualify: Rent <b>subsidy</b>");
        assertThat(message.getFrom()[0].toString()).isEqualTo("notices@mingyuan.example");
        assertThat(message.getHeader("List-Unsubscribe")[0])
                .isEqualTo("<https://mingyuan.example/enterprises/91310110MA1G8XQ25B/inbox#notification-settings>");
        Map<String, String> parts = parts(message);
        String html = parts.get("text/html");
        assertThat(html)
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; 房租补贴 &amp; 奖励")
                .contains("Rent &lt;b&gt;subsidy&lt;/b&gt;")
                .doesNotContain("<script>", "<b>subsidy")
                .contains("120,000.50 元", "CNY 120,000.50")
                .contains("href=\"https://mingyuan.example/clauses/" + clause.clauseId() + "/guide\"")
                .contains("href=\"https://mingyuan.example/enterprises/91310110MA1G8XQ25B/inbox\"")
                .contains("在通知设置中关闭邮件", "Turn e-mail off in the notification setting");
        assertThat(html.indexOf("您的企业可能符合以下政策条款"))
                .as("Chinese first, English below")
                .isLessThan(html.indexOf("Your enterprise may qualify for this policy clause"));
        assertThat(parts.get("text/plain"))
                .contains("<script>alert(\"x\")</script> 房租补贴 & 奖励")
                .contains("https://mingyuan.example/clauses/" + clause.clauseId() + "/guide");

        assertThat(jdbc.sql("select count(*) from policy_inbox where enterprise_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(mailStates(id)).containsExactly("SENT");
    }

    @Test
    void aCaseStepIsToldOnceInTheInboxAndByMailLinkingTheCaseAndAnApplicationCancelsNoneOfIt() throws Exception {
        String domain = domain();
        long id = withEmail(enterprises(1), "office@" + domain);
        ClauseVersion clause = clause(1, "营收奖励", "Revenue award");
        CaseNotice notice = new CaseNotice(
                enterprise(id),
                "91310110MA1G8XQ25B",
                clause.clauseId(),
                1,
                clause.policyId(),
                clause.titleZh(),
                clause.titleEn(),
                4711,
                9001,
                "“园区初审”已通过 <b>",
                "\"park review\" passed");

        assertThat(notifications.tell(notice)).isTrue();
        assertThat(notifications.tell(notice)).as("one message per step").isFalse();
        notifications.markApplied(enterprise(id), clause.clauseId(), 1);
        assertThat(drain.drainAll()).isPositive();

        List<MimeMessage> received = to(smtp.getReceivedMessages(), domain);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("【名园】申报办理进度：营收奖励 | [Mingyuan] Your application: Revenue award");
        Map<String, String> parts = parts(received.get(0));
        assertThat(parts.get("text/html"))
                .contains("“园区初审”已通过 &lt;b&gt;", "&quot;park review&quot; passed")
                .contains("href=\"https://mingyuan.example/cases/4711\"")
                .doesNotContain("/guide");
        assertThat(parts.get("text/plain")).contains("https://mingyuan.example/cases/4711");
        assertThat(mailStates(id)).containsExactly("SENT");
        assertThat(jdbc.sql("select kind from policy_inbox where enterprise_id = ?")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("CASE");
    }

    @Test
    void aNoticeIsToldOnceInTheInboxAndByMailLinkingItsPageWithItsTextEscaped() throws Exception {
        String domain = domain();
        long id = withEmail(enterprises(1), "notices@" + domain);
        long off = enterprises(1);
        Notice notice = new Notice(
                enterprise(id),
                "91310110MA1G8XQ25B",
                "test-notice:" + id,
                "区块链企业认定即将到期",
                "Blockchain recognition expires soon",
                "您的认定将于 2027-02-01 到期 <script>",
                "Your recognition expires on 2027-02-01 \"soon\"",
                "/my/recognition");

        assertThat(notifications.tell(notice)).isTrue();
        assertThat(notifications.tell(notice)).as("once per key").isFalse();
        assertThat(notifications.tell(new Notice(
                        enterprise(off),
                        "91310110MA1G8XQ25B",
                        "test-notice:" + off,
                        "无邮箱",
                        "No address",
                        "只进收件箱",
                        "Inbox only",
                        "/my/recognition")))
                .isTrue();
        assertThat(drain.drainAll()).isPositive();

        List<MimeMessage> received = to(smtp.getReceivedMessages(), domain);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject())
                .isEqualTo("【名园】区块链企业认定即将到期 | [Mingyuan] Blockchain recognition expires soon");
        Map<String, String> parts = parts(received.get(0));
        assertThat(parts.get("text/html"))
                .contains("您有一条新通知", "You have a new notice")
                .contains("到期 &lt;script&gt;", "&quot;soon&quot;")
                .contains("href=\"https://mingyuan.example/my/recognition\"")
                .doesNotContain("<script>", "/guide", "条款：");
        assertThat(parts.get("text/plain"))
                .contains("详情： https://mingyuan.example/my/recognition")
                .contains("Details: https://mingyuan.example/my/recognition");
        assertThat(mailStates(id)).containsExactly("SENT");
        assertThat(mailStates(off)).isEmpty();
        assertThat(jdbc.sql("select kind from policy_inbox where enterprise_id = ?")
                        .param(off)
                        .query(String.class)
                        .list())
                .containsExactly("NOTICE");
    }

    @Test
    void pushingTheSameClauseVersionAgainWritesNothingEvenConcurrently() throws Exception {
        String domain = domain();
        long id = withEmail(enterprises(1), "office@" + domain);
        ClauseVersion clause = clause(1, "人才补贴", "Talent subsidy");
        assertThat(notifications.push(enterprise(id), "91310110MA1G8XQ25B", clause, null, PushKind.newlyEligible()))
                .isTrue();
        assertThat(notifications.push(enterprise(id), "91310110MA1G8XQ25B", clause, null, PushKind.newlyEligible()))
                .isFalse();

        ClauseVersion raced = clause(1, "并发补贴", "Raced subsidy");
        ExecutorService threads = Executors.newFixedThreadPool(6);
        List<Future<Boolean>> pushes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pushes.add(threads.submit(() -> notifications.push(
                    enterprise(id), "91310110MA1G8XQ25B", raced, BigDecimal.TEN, PushKind.newlyEligible())));
        }
        int written = 0;
        for (Future<Boolean> push : pushes) {
            written += push.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(written).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from policy_inbox where enterprise_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(mailStates(id)).containsExactly("QUEUED", "QUEUED");

        drain.drainAll();
        assertThat(to(smtp.getReceivedMessages(), domain)).hasSize(2);
        assertThat(notifications.push(enterprise(id), "91310110MA1G8XQ25B", raced, null, PushKind.newlyEligible()))
                .isFalse();
        drain.drainAll();
        assertThat(to(smtp.getReceivedMessages(), domain)).hasSize(2);
    }

    @Test
    void emailOffMeansTheInboxOnly() {
        String domain = domain();
        long off = enterprises(2);
        settings.save(off, new NotificationSettingDraft("quiet@" + domain, false, null), "test");
        long none = off + 1;
        ClauseVersion clause = clause(1, "研发补贴", "R&D subsidy");

        var delivered = notifications.pushAll(List.of(
                new PushRequest(enterprise(off), "91310110MA1G8XQ25B", clause, null, PushKind.newlyEligible()),
                new PushRequest(enterprise(none), "91310110MA1G8XQ25B", clause, null, PushKind.newlyEligible())));

        assertThat(delivered).isEqualTo(new Notifications.Delivered(2, 0));
        assertThat(mailStates(off)).isEmpty();
        assertThat(mailStates(none)).isEmpty();
        drain.drainAll();
        assertThat(to(smtp.getReceivedMessages(), domain)).isEmpty();
    }

    @Test
    void anEmailQueuedBeforeTheEnterpriseTurnedEmailOffIsCancelledNotSent() {
        String domain = domain();
        long id = withEmail(enterprises(1), "later@" + domain);
        notifications.push(
                enterprise(id), "91310110MA1G8XQ25B", clause(1, "租金", "Rent"), null, PushKind.newlyEligible());
        settings.save(id, new NotificationSettingDraft("later@" + domain, false, null), "test");

        drain.drainAll();

        assertThat(mailStates(id)).containsExactly("CANCELLED");
        assertThat(to(smtp.getReceivedMessages(), domain)).isEmpty();
    }

    @Test
    void aNearMissTellsWhatIsLackingOnceAndGivesWayToEligibility() throws Exception {
        String domain = domain();
        long id = withNearMissEmail(enterprises(1), "near@" + domain);
        ClauseVersion clause = clause(1, "上规奖励", "Growth award");
        var nearMiss = PushKind.nearMiss(List.of("营业收入 ≥ 500 万元，现为 320 万元", "<i>已在本区纳税</i>"));

        assertThat(notifications.push(enterprise(id), "91310110MA1G8XQ25B", clause, null, nearMiss))
                .isTrue();
        assertThat(notifications.push(enterprise(id), "91310110MA1G8XQ25B", clause, null, nearMiss))
                .isFalse();
        drain.drainAll();
        MimeMessage told = to(smtp.getReceivedMessages(), domain).get(0);
        assertThat(told.getSubject()).startsWith("【名园】您的企业差一点符合：上规奖励");
        assertThat(parts(told).get("text/html"))
                .contains("<li>营业收入 ≥ 500 万元，现为 320 万元</li>", "<li>&lt;i&gt;已在本区纳税&lt;/i&gt;</li>");

        assertThat(notifications.push(
                        enterprise(id), "91310110MA1G8XQ25B", clause, BigDecimal.ONE, PushKind.newlyEligible()))
                .as("the firm now qualifies under the same version")
                .isTrue();
        assertThat(notifications.push(enterprise(id), "91310110MA1G8XQ25B", clause, null, nearMiss))
                .as("a firm told it qualifies is not told it almost does")
                .isFalse();
        assertThat(jdbc.sql("select kind, lacking from policy_inbox where enterprise_id = ? order by id")
                        .param(id)
                        .query((rs, n) -> rs.getString(1) + ":" + rs.getString(2))
                        .list())
                .containsExactly("NEAR_MISS:营业收入 ≥ 500 万元，现为 320 万元\n<i>已在本区纳税</i>", "NEWLY_ELIGIBLE:null");
    }

    @Test
    void aNearMissReachesTheInboxButIsEmailedOnlyToAFirmThatAskedForThem() throws Exception {
        String domain = domain();
        long plain = withEmail(enterprises(1), "plain@" + domain);
        long asked = withNearMissEmail(enterprises(1), "asked@" + domain);
        ClauseVersion clause = clause(1, "上规奖励", "Growth award");
        var nearMiss = PushKind.nearMiss(List.of("营业收入 ≥ 500 万元，现为 320 万元"));

        Notifications.Delivered delivered = notifications.pushAll(List.of(
                new PushRequest(enterprise(plain), "91310110MA1G8XQ25B", clause, null, nearMiss),
                new PushRequest(enterprise(asked), "91310110MA1G8XQ25B", clause, null, nearMiss)));
        drain.drainAll();

        assertThat(delivered.messages()).isEqualTo(2);
        assertThat(delivered.emails()).isEqualTo(1);
        List<MimeMessage> received = to(smtp.getReceivedMessages(), domain);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("asked@" + domain);
    }

    @Test
    void aFirmThatAppliedIsNotPushedAgainAndItsQueuedEmailIsCancelled() {
        String domain = domain();
        long id = withEmail(enterprises(1), "applied@" + domain);
        ClauseVersion first = clause(1, "首版", "First");
        notifications.push(enterprise(id), "91310110MA1G8XQ25B", first, null, PushKind.newlyEligible());

        notifications.markApplied(enterprise(id), first.clauseId(), 1);
        notifications.markApplied(enterprise(id), first.clauseId(), 1);

        assertThat(notifications.push(
                        enterprise(id), "91310110MA1G8XQ25B", amended(first), null, PushKind.newlyEligible()))
                .isFalse();
        assertThat(mailStates(id)).containsExactly("CANCELLED");
        assertThat(jdbc.sql("select count(*) from policy_inbox where enterprise_id = ? and applied_at is not null")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void fiftyThousandEnterprisesArePushedInOneBatch() {
        int count = 50_000;
        long first = enterprises(count);
        String domain = domain();
        template.batchUpdate(
                "insert into policy_notification_setting (enterprise_id, email, email_enabled, updated_at,"
                        + " updated_by) values (?, ?, true, ?, 'test')",
                java.util.stream.LongStream.range(first, first + count).boxed().toList(),
                5_000,
                (statement, id) -> {
                    statement.setLong(1, id);
                    statement.setString(2, "e" + id + "@" + domain);
                    statement.setTimestamp(3, Timestamp.from(Instant.now()));
                });
        ClauseVersion clause = clause(1, "园区入驻奖励", "Move-in award");
        List<PushRequest> requests = new ArrayList<>(count);
        for (long id = first; id < first + count; id++) {
            requests.add(new PushRequest(
                    enterprise(id), "91310110MA1G8XQ25B", clause, new BigDecimal("50000"), PushKind.newlyEligible()));
        }
        try {
            long started = System.nanoTime();
            var delivered = notifications.pushAll(requests);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info(
                    "pushAll of {} enterprises: {} messages written, {} e-mails queued in {} ms",
                    count,
                    delivered.messages(),
                    delivered.emails(),
                    millis);
            System.out.printf(
                    "pushAll of %d enterprises: %d messages, %d e-mails queued in %d ms%n",
                    count, delivered.messages(), delivered.emails(), millis);

            assertThat(delivered).isEqualTo(new Notifications.Delivered(count, count));
            assertThat(notifications.pushAll(requests.subList(0, 1000))).isEqualTo(new Notifications.Delivered(0, 0));
            assertThat(jdbc.sql("select count(*) from policy_inbox where clause_id = ?")
                            .param(clause.clauseId())
                            .query(Long.class)
                            .single())
                    .isEqualTo(count);
        } finally {
            // the next drain in this database must not send 50,000 test e-mails
            jdbc.sql("update policy_mail set state = 'CANCELLED' where state = 'QUEUED' and inbox_id in"
                            + " (select id from policy_inbox where clause_id = ?)")
                    .param(clause.clauseId())
                    .update();
        }
    }

    @Test
    void twoDrainersNeverSendOneMessageTwice() throws Exception {
        int count = 120;
        String domain = domain();
        long first = enterprises(count);
        ClauseVersion clause = clause(1, "并发发送", "Concurrent sending");
        List<PushRequest> requests = new ArrayList<>();
        for (long id = first; id < first + count; id++) {
            withEmail(id, "e" + id + "@" + domain);
            requests.add(new PushRequest(enterprise(id), "91310110MA1G8XQ25B", clause, null, PushKind.newlyEligible()));
        }
        assertThat(notifications.pushAll(requests).emails()).isEqualTo(count);

        MailDrain other = new MailDrain(queue, sender.getObject(), mail, properties, "another-instance");
        AtomicInteger sent = new AtomicInteger();
        ExecutorService instances = Executors.newFixedThreadPool(2);
        List<Callable<Void>> drains = List.of(() -> drainUntilEmpty(drain, sent), () -> drainUntilEmpty(other, sent));
        for (Future<Void> done : instances.invokeAll(drains)) {
            done.get();
        }
        instances.shutdown();

        List<MimeMessage> received = to(smtp.getReceivedMessages(), domain);
        assertThat(received).hasSize(count);
        Set<String> distinct = new HashSet<>();
        for (MimeMessage message : received) {
            distinct.add(message.getHeader("X-Mingyuan-Message")[0]);
        }
        assertThat(distinct).hasSize(count);
        assertThat(jdbc.sql("select state, attempts from policy_mail where inbox_id in"
                                + " (select id from policy_inbox where clause_id = ?)")
                        .param(clause.clauseId())
                        .query((rs, n) -> rs.getString(1) + "/" + rs.getInt(2))
                        .set())
                .as("every message sent, each claimed once")
                .containsExactly("SENT/1");
    }

    private static Void drainUntilEmpty(MailDrain drain, AtomicInteger sent) {
        MailDrain.Drained drained;
        do {
            drained = drain.drainOnce();
            sent.addAndGet(drained.sent());
        } while (drained.claimed() > 0);
        return null;
    }

    @Test
    void whileTheSmtpServerIsDownAMessageStaysQueuedAndIsRetried() throws Exception {
        String domain = domain();
        long id = withEmail(enterprises(1), "retry@" + domain);
        smtp.stop();
        notifications.push(
                enterprise(id), "91310110MA1G8XQ25B", clause(1, "重试", "Retry"), null, PushKind.newlyEligible());

        Instant before = Instant.now();
        drain.drainAll();
        var queued = jdbc.sql("select state, attempts, last_error, next_attempt_at from policy_mail where inbox_id in"
                        + " (select id from policy_inbox where enterprise_id = ?)")
                .param(id)
                .query((rs, n) -> List.of(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .single();
        assertThat(queued.get(0)).isEqualTo("QUEUED");
        assertThat(queued.get(1)).isEqualTo(1);
        assertThat((String) queued.get(2)).isNotBlank();
        assertThat((Instant) queued.get(3)).isAfterOrEqualTo(before.plus(properties.retryAfter()));

        smtp.start();
        Instant deadline = Instant.now().plusSeconds(30);
        while (!mailStates(id).equals(List.of("SENT")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            drain.drainAll();
        }
        assertThat(mailStates(id)).containsExactly("SENT");
        assertThat(jdbc.sql("select attempts from policy_mail where inbox_id in"
                                + " (select id from policy_inbox where enterprise_id = ?)")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(to(smtp.getReceivedMessages(), domain)).hasSize(1);
    }

    @Test
    void aMessageWhoseSenderDiedMidSendIsTakenOverOnceItsClaimLapses() {
        String domain = domain();
        long id = withEmail(enterprises(1), "orphan@" + domain);
        notifications.push(
                enterprise(id), "91310110MA1G8XQ25B", clause(1, "接管", "Take-over"), null, PushKind.newlyEligible());
        String mine = "where inbox_id in (select id from policy_inbox where enterprise_id = ?)";
        jdbc.sql("update policy_mail set state = 'SENDING', claimed_by = 'crashed', attempts = 1, claimed_until = ? "
                        + mine)
                .params(Timestamp.from(Instant.now().plusSeconds(60)), id)
                .update();
        drain.drainAll();
        assertThat(mailStates(id)).as("a live claim is left alone").containsExactly("SENDING");

        jdbc.sql("update policy_mail set claimed_until = ? " + mine)
                .params(Timestamp.from(Instant.now().minusSeconds(1)), id)
                .update();
        drain.drainAll();
        assertThat(mailStates(id)).containsExactly("SENT");
        assertThat(to(smtp.getReceivedMessages(), domain)).hasSize(1);
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAttempt() {
        String domain = domain();
        long id = withEmail(enterprises(1), "gone@" + domain);
        var once = new PushMailProperties(
                properties.from(),
                properties.baseUrl(),
                false,
                properties.pollInterval(),
                10,
                1,
                properties.retryAfter(),
                properties.retryCap(),
                properties.claimLease());
        var impatient = new MailDrain(queue, sender.getObject(), mail, once, "impatient");
        ClauseVersion clause = clause(1, "放弃", "Given up");
        notifications.push(enterprise(id), "91310110MA1G8XQ25B", clause, null, PushKind.newlyEligible());
        smtp.stop();

        // other tests' messages may be due before this one
        for (int drains = 0; drains < 1000 && mailStates(id).equals(List.of("QUEUED")); drains++) {
            impatient.drainOnce();
        }

        assertThat(mailStates(id)).containsExactly("FAILED");
        var deliveries = new DeliveryStatistics(jdbc).of(clause.clauseId());
        assertThat(deliveries.total().emailFailed()).isEqualTo(1);
        assertThat(deliveries.total().emailPending()).isZero();
    }

    @Test
    void theScheduleDrainsTheQueue() throws Exception {
        String domain = domain();
        long id = withEmail(enterprises(1), "scheduled@" + domain);
        var scheduled = new PushMailProperties(
                properties.from(),
                properties.baseUrl(),
                true,
                Duration.ofMillis(100),
                10,
                6,
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofMinutes(5));
        var own = new MailSchedule(sender, queue, mail, scheduled);
        own.start();
        try {
            notifications.push(
                    enterprise(id), "91310110MA1G8XQ25B", clause(1, "定时", "Scheduled"), null, PushKind.newlyEligible());
            Instant deadline = Instant.now().plusSeconds(30);
            while (to(smtp.getReceivedMessages(), domain).isEmpty()
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
        } finally {
            own.stop();
        }
        assertThat(to(smtp.getReceivedMessages(), domain)).hasSize(1);
        assertThat(mailStates(id)).containsExactly("SENT");
    }

    private List<String> mailStates(long enterpriseId) {
        return jdbc.sql("select m.state from policy_mail m join policy_inbox i on i.id = m.inbox_id"
                        + " where i.enterprise_id = ? order by m.id")
                .param(enterpriseId)
                .query(String.class)
                .list();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.mingyuan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingyuan.platform.policy.PolicyFixtures.ENTERPRISE;
import static org.mingyuan.platform.policy.PolicyFixtures.OFFICER;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.internal.ClauseStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Drafts change freely, published versions never; an amendment is a new version with its own validity and leaves the
 * one before intact; "as of day D" gives the version in force on D; each publication, amendment and withdrawal is a
 * ledger entry carrying the hash of the version's text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClauseVersionsTests {

    @Autowired
    PolicyDesk desk;

    @Autowired
    ClauseCatalog catalog;

    @Autowired
    ClauseStore store;

    @Autowired
    JdbcClient jdbc;

    private String newClause(ClauseContent content) {
        Policy policy = desk.create(OFFICER, PolicyFixtures.policy(PolicyFixtures.key("TEST")));
        String clauseId = PolicyFixtures.key("TEST-MILESTONE");
        desk.addClause(OFFICER, policy.id(), clauseId, content);
        return clauseId;
    }

    @Test
    void aDraftChangesFreelyAndIsNeverInForce() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        String clauseId = newClause(PolicyFixtures.milestone(500, from));
        Clause saved = desk.saveDraft(OFFICER, clauseId, PolicyFixtures.milestone(600, from));

        assertThat(saved.versions()).hasSize(1);
        assertThat(saved.latest().state()).isEqualTo(VersionState.DRAFT);
        assertThat(saved.latest().content().eligibility()).contains("600.0");
        assertThat(catalog.inForce(from.plusDays(10)))
                .noneMatch(v -> v.clauseId().equals(clauseId));
        assertThat(catalog.version(clauseId, 1)).isEmpty();
    }

    @Test
    void anAmendmentIsANewVersionAndLeavesThePublishedOneIntact() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        String clauseId = newClause(PolicyFixtures.milestone(500, from));
        ClauseVersionDetail first = desk.publish(OFFICER, clauseId, false);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.publishedBy()).isEqualTo("officer");

        assertThat(store.replaceDraft(clauseId, 1, PolicyFixtures.milestone(1, from), "officer", Instant.now()))
                .as("a published row is never rewritten")
                .isFalse();
        assertThatThrownBy(() -> desk.amend(OFFICER, clauseId + "-NONE")).isInstanceOf(RuntimeException.class);

        LocalDate amendedFrom = LocalDate.of(2026, 9, 1);
        desk.amend(OFFICER, clauseId);
        desk.saveDraft(OFFICER, clauseId, PolicyFixtures.milestone(800, amendedFrom));
        ClauseVersionDetail second = desk.publish(OFFICER, clauseId, true);

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.confirmedOverBudget()).isTrue();
        assertThat(second.overBudgetConfirmedBy()).isEqualTo("officer");
        ClauseVersion kept = catalog.version(clauseId, 1).orElseThrow();
        assertThat(kept.eligibility()).contains("500.0").doesNotContain("800.0");
        assertThat(catalog.detail(clauseId, 1).orElseThrow().contentSha256()).isEqualTo(first.contentSha256());

        assertThat(versionOn(clauseId, LocalDate.of(2026, 2, 28))).isNull();
        assertThat(versionOn(clauseId, LocalDate.of(2026, 5, 1))).isEqualTo(1);
        assertThat(versionOn(clauseId, LocalDate.of(2026, 9, 1))).isEqualTo(2);
        assertThat(versionOn(clauseId, LocalDate.of(2030, 1, 1))).isEqualTo(2);
    }

    @Test
    void withdrawalEndsEveryVersionFromItsDayButNotBefore() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        String clauseId = newClause(PolicyFixtures.milestone(500, from));
        desk.publish(OFFICER, clauseId, false);
        desk.withdraw(OFFICER, clauseId, LocalDate.of(2026, 6, 1));

        assertThat(versionOn(clauseId, LocalDate.of(2026, 5, 31))).isEqualTo(1);
        assertThat(versionOn(clauseId, LocalDate.of(2026, 6, 1))).isNull();
        assertThatThrownBy(() -> desk.saveDraft(OFFICER, clauseId, PolicyFixtures.milestone(1, from)))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void aFailingExampleBlocksPublishingAndNamesTheExample() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        ClauseContent good = PolicyFixtures.milestone(500, from);
        ExampleCase wrong = new ExampleCase("错的预期", null, Map.of("revenue", 100.0, "goodCredit", true), true, null);
        ClauseContent bad = withExamples(good, List.of(good.examples().get(0), wrong));
        String clauseId = newClause(bad);

        assertThatThrownBy(() -> desk.publish(OFFICER, clauseId, false))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("examples[1]", "policy.exampleFails")));
        assertThat(desk.clause(OFFICER, clauseId).latest().state()).isEqualTo(VersionState.DRAFT);
    }

    @Test
    void anIllTypedExpressionIsRefusedAtItsLineAndColumn() {
        LocalDate from = LocalDate.of(2026, 3, 1);
        ClauseContent good = PolicyFixtures.milestone(500, from);
        ClauseContent illTyped = new ClauseContent(
                good.titleZh(),
                good.titleEn(),
                good.summaryZh(),
                good.summaryEn(),
                "revenue >= 500.0\n&& goodCredit == 'yes'",
                good.amount(),
                good.cap(),
                good.budget(),
                good.validFrom(),
                good.validUntil(),
                good.applyFrom(),
                good.applyUntil(),
                good.mode(),
                good.materials(),
                good.reviewStages(),
                good.legalBasis(),
                good.contact(),
                good.illustrative(),
                good.examples());
        ClauseCheck check = desk.check("X-CHECK", illTyped, null);
        assertThat(check.errors()).isNotEmpty();
        assertThat(check.errors().get(0).part()).isEqualTo("eligibility");
        assertThat(check.errors().get(0).line()).isEqualTo(2);
        assertThat(check.errors().get(0).column()).isGreaterThan(1);

        String clauseId = newClause(illTyped);
        assertThatThrownBy(() -> desk.publish(OFFICER, clauseId, false))
                .isInstanceOfSatisfying(InvalidRequest.class, refused -> {
                    assertThat(refused.problems().get(0).field()).isEqualTo("eligibility");
                    assertThat(refused.problems().get(0).args().get(0)).isEqualTo(2);
                });
    }

    @Test
    void theConditionsReadBackInPlainChinese() {
        ClauseCheck check = desk.check("X-READ", PolicyFixtures.milestone(500, LocalDate.of(2026, 3, 1)), null);
        assertThat(check.errors()).isEmpty();
        assertThat(check.conditions())
                .extracting(ClauseCheck.Condition::zh)
                .containsExactly("营业收入需 ≥ 500 万元", "信用良好需为 是");
        assertThat(check.examples()).allMatch(ClauseCheck.ExampleOutcome::passed);
    }

    @Test
    void anEnterpriseCannotWrite() {
        assertThatThrownBy(() -> desk.create(ENTERPRISE, PolicyFixtures.policy(PolicyFixtures.key("NO"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.create(null, PolicyFixtures.policy(PolicyFixtures.key("NO"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLedgerReceivesPublicationAmendmentAndWithdrawal() throws InterruptedException {
        LocalDate from = LocalDate.of(2026, 3, 1);
        String clauseId = newClause(PolicyFixtures.milestone(500, from));
        ClauseVersionDetail first = desk.publish(OFFICER, clauseId, false);
        desk.saveDraft(OFFICER, clauseId, PolicyFixtures.milestone(700, from.plusMonths(6)));
        ClauseVersionDetail second = desk.publish(OFFICER, clauseId, false);
        desk.withdraw(OFFICER, clauseId, null);

        assertThat(entry(ClauseRecorded.key(ClauseRecorded.Action.PUBLISHED, clauseId, 1)))
                .contains("\"type\":\"ClausePublished\"")
                .contains(first.contentSha256())
                .contains("revenue >= 500.0");
        assertThat(entry(ClauseRecorded.key(ClauseRecorded.Action.AMENDED, clauseId, 2)))
                .contains("\"type\":\"ClauseAmended\"")
                .contains(second.contentSha256());
        assertThat(entry(ClauseRecorded.key(ClauseRecorded.Action.WITHDRAWN, clauseId, 2)))
                .contains("\"type\":\"ClauseWithdrawn\"")
                .contains("withdrawnFrom");
    }

    private String entry(String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var found = jdbc.sql("select entry from ledger_entry where event_key = ?")
                    .param(key)
                    .query(byte[].class)
                    .optional();
            if (found.isPresent()) {
                return new String(found.get(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no ledger entry " + key);
    }

    private Integer versionOn(String clauseId, LocalDate day) {
        return catalog.inForce(day).stream()
                .filter(v -> v.clauseId().equals(clauseId))
                .map(ClauseVersion::version)
                .findFirst()
                .orElse(null);
    }

    static ClauseContent withExamples(ClauseContent c, List<ExampleCase> examples) {
        return new ClauseContent(
                c.titleZh(),
                c.titleEn(),
                c.summaryZh(),
                c.summaryEn(),
                c.eligibility(),
                c.amount(),
                c.cap(),
                c.budget(),
                c.validFrom(),
                c.validUntil(),
                c.applyFrom(),
                c.applyUntil(),
                c.mode(),
                c.materials(),
                c.reviewStages(),
                c.legalBasis(),
                c.contact(),
                c.illustrative(),
                examples);
    }
}

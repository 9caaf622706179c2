package org.mingyuan.platform.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mingyuan.platform.policy.PolicyFixtures.ENTERPRISE;
import static org.mingyuan.platform.policy.PolicyFixtures.OFFICER;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.internal.PolicyStore;
import org.mingyuan.platform.policy.internal.PolicyYaml;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Policy files: the demo policies load and their examples pass; an import is checked whole and writes nothing when
 * any part fails; the same file again is recognised; a changed clause becomes a new draft; export reads back to the
 * same content; hostile files are refused naming the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PolicyImportTests {

    @Autowired
    PolicyImports imports;

    @Autowired
    PolicyDesk desk;

    @Autowired
    PolicyStore policies;

    @Autowired
    JdbcClient jdbc;

    static byte[] testdata(String name) throws IOException {
        try (InputStream in = new ClassPathResource("testdata/policies/" + name).getInputStream()) {
            return in.readAllBytes();
        }
    }

    static byte[] template(String name, String id) throws IOException {
        return new String(testdata(name), StandardCharsets.UTF_8)
                .replace("@ID@", id)
                .getBytes(StandardCharsets.UTF_8);
    }

    static String freshId() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Test
    void everyDemoPolicyIsLoadedPublishedAndItsExamplesPass() {
        List<PolicyImports.Upload> files = DemoPolicies.files();
        assertThat(files).hasSizeGreaterThanOrEqualTo(8);
        int clauses = 0;
        for (PolicyImports.Upload file : files) {
            var read = PolicyYaml.read(file.filename(), file.bytes());
            assertThat(read.policy().demo()).as(file.filename()).isTrue();
            Policy policy = desk.policy(
                    null, policies.byCode(read.policy().code()).orElseThrow().id());
            assertThat(policy.clauses())
                    .as(file.filename())
                    .hasSize(read.clauses().size());
            for (Clause clause : policy.clauses()) {
                ClauseVersionDetail published = clause.latestPublished().orElseThrow();
                assertThat(published.publishedBy()).isEqualTo(PolicyDesk.SYSTEM);
                ClauseCheck check = desk.check(
                        clause.clauseId(), published.content(), read.policy().issuedOn());
                assertThat(check.errors()).as(clause.clauseId()).isEmpty();
                assertThat(check.examples()).as(clause.clauseId()).hasSizeGreaterThanOrEqualTo(2);
                assertThat(check.examples())
                        .as(clause.clauseId() + " " + check.examples())
                        .allMatch(ClauseCheck.ExampleOutcome::passed);
                assertThat(published.content().illustrative())
                        .as(clause.clauseId())
                        .isNotEmpty();
                clauses++;
            }
        }
        assertThat(clauses).isGreaterThanOrEqualTo(19);
    }

    @Test
    void importingTheSameFileAgainIsRecognisedAndWritesNothing() {
        PolicyImports.Upload demoFile = DemoPolicies.files().get(0);
        long versions = versions();
        List<PolicyImports.Imported> again = imports.importFiles(OFFICER, List.of(demoFile));
        assertThat(again).extracting(PolicyImports.Imported::outcome).containsExactly("UNCHANGED");
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void aChangedClauseBecomesANewDraftAndTheExportReadsBackTheSame() throws IOException {
        String id = freshId();
        byte[] first = template("valid-template.yaml", id);
        var created = imports.importFiles(OFFICER, List.of(new PolicyImports.Upload("a.yaml", first)));
        assertThat(created.get(0).outcome()).isEqualTo("CREATED");
        desk.publish(OFFICER, "TEST-" + id + "-RENT", false);

        String exported = imports.export(OFFICER, created.get(0).policyId());
        assertThat(PolicyYaml.read("export.yaml", exported.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(PolicyYaml.read("a.yaml", first));
        assertThat(imports.importFiles(
                                OFFICER,
                                List.of(new PolicyImports.Upload(
                                        "export.yaml", exported.getBytes(StandardCharsets.UTF_8))))
                        .get(0)
                        .outcome())
                .isEqualTo("UNCHANGED");

        byte[] changed = new String(first, StandardCharsets.UTF_8)
                .replace("min(200000.0, rentPaid12m)", "min(200000.0, rentPaid12m * 1.0)")
                .getBytes(StandardCharsets.UTF_8);
        var updated = imports.importFiles(OFFICER, List.of(new PolicyImports.Upload("a.yaml", changed)));
        assertThat(updated.get(0).outcome()).isEqualTo("UPDATED");
        assertThat(updated.get(0).drafts()).containsExactly("TEST-" + id + "-RENT");
        Clause clause = desk.clause(OFFICER, "TEST-" + id + "-RENT");
        assertThat(clause.versions())
                .extracting(ClauseVersionDetail::version, ClauseVersionDetail::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, VersionState.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(1, VersionState.PUBLISHED));
    }

    @Test
    void anImportIsCheckedWholeAndWritesNothingWhenOneExampleFails() throws IOException {
        String good = freshId();
        String bad = freshId();
        long before = count();
        assertThatThrownBy(() -> imports.importFiles(
                        OFFICER,
                        List.of(
                                new PolicyImports.Upload("good.yaml", template("valid-template.yaml", good)),
                                new PolicyImports.Upload("bad.yaml", template("failing-example-template.yaml", bad)))))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field)
                                .containsExactly("bad.yaml: clauses[TEST-" + bad + "-AWARD].examples[1]"));
        assertThat(count()).isEqualTo(before);
        assertThat(policies.byCode("TEST-" + good)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "alias-bomb.yaml",
                "unknown-tag.yaml",
                "custom-tag.yaml",
                "syntax-error.yaml",
                "wrong-shape.yaml",
                "deep-nesting",
                "ten-megabytes",
                "not-utf8"
            })
    void hostileFilesAreRefusedNamingTheFileAndWriteNothing(String name) throws IOException {
        byte[] bytes = switch (name) {
            case "deep-nesting" ->
                ("format: mingyuan-policy/1\nid: " + "[".repeat(5000) + "]".repeat(5000))
                        .getBytes(StandardCharsets.UTF_8);
            case "ten-megabytes" ->
                ("note: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n").getBytes(StandardCharsets.UTF_8);
            case "not-utf8" -> new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28};
            default -> testdata(name);
        };
        long before = count();
        assertThatThrownBy(() -> imports.importFiles(OFFICER, List.of(new PolicyImports.Upload(name, bytes))))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems())
                                .allSatisfy(
                                        problem -> assertThat(problem.field()).startsWith(name)));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void reviewStagesNameWhoActsAndAStageWithoutARoleIsTheDepartments() throws IOException {
        String id = freshId();
        var created = imports.importFiles(
                OFFICER, List.of(new PolicyImports.Upload("roles.yaml", template("valid-template.yaml", id))));
        Clause clause = desk.clause(OFFICER, "TEST-" + id + "-RENT");
        assertThat(clause.latest().content().reviewStages())
                .extracting(ReviewStage::nameZh, ReviewStage::workingDays, ReviewStage::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("园区初审", 5, StageRole.PARK),
                        org.assertj.core.groups.Tuple.tuple("区科技局审核", 10, StageRole.DEPARTMENT),
                        org.assertj.core.groups.Tuple.tuple("财政拨付", 15, StageRole.FINANCE));
        assertThat(imports.export(OFFICER, created.get(0).policyId()))
                .contains("role: park", "role: department", "role: finance");
    }

    @Test
    void anUnknownStageRoleIsRefusedNamingTheStage() throws IOException {
        byte[] file = new String(template("valid-template.yaml", freshId()), StandardCharsets.UTF_8)
                .replace("role: finance", "role: treasury")
                .getBytes(StandardCharsets.UTF_8);
        long before = count();
        assertThatThrownBy(() -> imports.importFiles(OFFICER, List.of(new PolicyImports.Upload("role.yaml", file))))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field)
                                .anySatisfy(field -> assertThat(field)
                                        .contains("reviewStages")
                                        .contains("2")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anEnterpriseCannotImport() throws IOException {
        byte[] file = template("valid-template.yaml", freshId());
        assertThatThrownBy(() -> imports.importFiles(ENTERPRISE, List.of(new PolicyImports.Upload("a.yaml", file))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importFiles(null, List.of(new PolicyImports.Upload("a.yaml", file))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSchemaInDocsIsTheOneTheImportUses() throws IOException {
        var docs = java.nio.file.Path.of("..", "docs", "policy.schema.json");
        assertThat(new String(
                        new ClassPathResource("policy/policy.schema.json").getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .isEqualTo(java.nio.file.Files.readString(docs));
    }

    private long count() {
        return jdbc.sql("select count(*) from policy").query(Long.class).single();
    }

    private long versions() {
        return jdbc.sql("select count(*) from clause_version").query(Long.class).single();
    }
}

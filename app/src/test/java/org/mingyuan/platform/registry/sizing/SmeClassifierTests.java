package org.mingyuan.platform.registry.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Classifies by the standard the migrations seed, loaded from a fresh H2 database. */
class SmeClassifierTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    private static FreshDatabase h2;
    private static SmeStandards standards;
    private static SizeClassifications classifications;
    private static SmeClassifier classifier;

    @BeforeAll
    static void migrateAFreshDatabase() {
        h2 = FreshDatabase.h2("sme");
        Flyway.configure().dataSource(h2.dataSource()).load().migrate();
        standards = new SmeStandards(JdbcClient.create(h2.dataSource()));
        classifications = new SizeClassifications(standards);
        classifier = new SmeClassifier(standards.inForce(TODAY).orElseThrow());
    }

    @AfterAll
    static void dropTheDatabase() {
        h2.close();
    }

    @Test
    void seedsTheSixteenGroupsOfTheStandardOf2011() {
        SmeStandard standard = classifier.standard();
        assertThat(standard.code()).isEqualTo("MIIT-2011-300");
        assertThat(standard.issuedOn()).isEqualTo(LocalDate.of(2011, 6, 18));
        assertThat(standard.effectiveFrom()).isEqualTo(LocalDate.of(2011, 6, 18));
        assertThat(standard.groups())
                .extracting(IndustryGroup::nameZh)
                .containsExactly(
                        "农、林、牧、渔业",
                        "工业",
                        "建筑业",
                        "批发业",
                        "零售业",
                        "交通运输业",
                        "仓储业",
                        "邮政业",
                        "住宿业",
                        "餐饮业",
                        "信息传输业",
                        "软件和信息技术服务业",
                        "房地产开发经营",
                        "物业管理",
                        "租赁和商务服务业",
                        "其他未列明行业");
        assertThat(standard.groups())
                .filteredOn(g -> g.thresholds().size() == 1)
                .extracting(IndustryGroup::code)
                .containsExactly("AGRICULTURE", "OTHER");
    }

    @Test
    void choosesTheStandardInForceOnTheDate() {
        assertThat(classifications.standardCode(LocalDate.of(2011, 6, 18))).isEqualTo("MIIT-2011-300");
        assertThat(classifications.standardCode(TODAY)).isEqualTo("MIIT-2011-300");
        InvalidRequest refused = catchThrowableOfType(
                () -> classifications.classify(LocalDate.of(2011, 6, 17), "C", 1L, BigDecimal.ONE, null),
                InvalidRequest.class);
        assertThat(refused.problems())
                .singleElement()
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly("asOf", "sizeClass.noStandard");
    }

    record Boundary(
            String group,
            String industryCode,
            @Nullable Long staff,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal assets,
            SizeClass expected,
            String probe) {
        @Override
        public String toString() {
            return group + ": " + probe + " -> " + expected;
        }
    }

    static List<Boundary> boundaries() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(SmeClassifierTests.class.getResourceAsStream("/testdata/sme/boundaries.csv")),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("group,"))
                    .map(line -> line.split(",", -1))
                    .map(f -> new Boundary(
                            f[0],
                            f[1],
                            f[2].isEmpty() ? null : Long.valueOf(f[2]),
                            f[3].isEmpty() ? null : new BigDecimal(f[3]),
                            f[4].isEmpty() ? null : new BigDecimal(f[4]),
                            SizeClass.valueOf(f[5]),
                            f[6]))
                    .toList();
        }
    }

    @Test
    void boundaryCasesCoverEveryThresholdOfEveryGroup() throws Exception {
        Map<String, Long> casesPerGroup =
                boundaries().stream().collect(Collectors.groupingBy(Boundary::group, Collectors.counting()));
        assertThat(casesPerGroup).hasSize(16);
        for (IndustryGroup group : classifier.standard().groups()) {
            assertThat(casesPerGroup.get(group.code()))
                    .as(group.code())
                    .isEqualTo(9L * group.thresholds().size());
        }
    }

    @ParameterizedTest
    @MethodSource("boundaries")
    void classifiesAtEveryBoundary(Boundary boundary) {
        assertThat(classifier.group(boundary.industryCode()))
                .map(IndustryGroup::code)
                .contains(boundary.group());
        assertThat(classifications.classify(
                        TODAY, boundary.industryCode(), boundary.staff(), boundary.revenue(), boundary.assets()))
                .contains(boundary.expected());
    }

    @ParameterizedTest
    @CsvSource({
        "K7010, REAL_ESTATE_DEVELOPMENT",
        "K701, REAL_ESTATE_DEVELOPMENT",
        "K7020, PROPERTY_MANAGEMENT",
        "K7090, OTHER",
        "K7030, OTHER",
        "I6311, INFORMATION_TRANSMISSION",
        "I64, INFORMATION_TRANSMISSION",
        "I6513, SOFTWARE_IT",
        "C, INDUSTRY",
        "C13, INDUSTRY",
        "D4411, INDUSTRY",
        "F5110, WHOLESALE",
        "F52, RETAIL",
        "G5920, WAREHOUSING",
        "G6010, POSTAL",
        "L, LEASING_BUSINESS_SERVICES",
        "M7310, OTHER",
        "J66, OTHER",
        "T, OTHER"
    })
    void theLongestMatchingPrefixWins(String industryCode, String group) {
        assertThat(classifier.group(industryCode)).map(IndustryGroup::code).contains(group);
    }

    @ParameterizedTest
    @ValueSource(strings = {"K", "K70", "G", "F", "H", "I"})
    void aCodeAboveASplitOfTheStandardCannotBeClassified(String industryCode) {
        assertThat(classifier.group(industryCode)).isEmpty();
        assertThat(classifications.classify(TODAY, industryCode, 10L, BigDecimal.TEN, BigDecimal.TEN))
                .isEmpty();
    }

    @Test
    void aMissingMeasureTheGroupNeedsGivesNoClass() {
        assertThat(classifications.classify(TODAY, "C3911", null, new BigDecimal("500"), null))
                .isEmpty();
        assertThat(classifications.classify(TODAY, "C3911", 50L, null, new BigDecimal("500")))
                .isEmpty();
        assertThat(classifications.classify(TODAY, "L7211", 50L, new BigDecimal("500"), null))
                .isEmpty();
        assertThat(classifications.classify(TODAY, "A0111", 50L, null, null)).isEmpty();
        assertThat(classifications.classify(TODAY, "M7310", null, BigDecimal.ONE, BigDecimal.ONE))
                .isEmpty();
    }

    @Test
    void measuresTheGroupDoesNotUseAreNotNeeded() {
        assertThat(classifications.classify(TODAY, "A0111", null, new BigDecimal("600"), null))
                .contains(SizeClass.MEDIUM);
        assertThat(classifications.classify(TODAY, "M7310", 9L, null, null)).contains(SizeClass.MICRO);
        assertThat(classifications.classify(TODAY, "C3911", 20L, new BigDecimal("300"), null))
                .contains(SizeClass.SMALL);
    }

    @Test
    void belowEitherCeilingIsSmallOrMedium() {
        // A software firm with 5 people and 2 billion yuan revenue: under the staff ceiling, so an SME,
        // and under the small staff minimum, so micro.
        assertThat(classifications.classify(TODAY, "I6513", 5L, new BigDecimal("200000"), null))
                .contains(SizeClass.MICRO);
        assertThat(classifications.classify(TODAY, "I6513", 300L, new BigDecimal("10000"), null))
                .contains(SizeClass.LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "c", "C1", "C12345", "U", "Z12", " C", "C-13", "I6５", "CC13"})
    void refusesAMalformedIndustryCode(String industryCode) {
        InvalidRequest refused = catchThrowableOfType(
                () -> classifications.classify(TODAY, industryCode, 1L, BigDecimal.ONE, BigDecimal.ONE),
                InvalidRequest.class);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("industryCode");
            assertThat(problem.code()).isEqualTo("sizeClass.industryCode");
            assertThat(problem.args()).containsExactly(industryCode);
        });
    }

    @Test
    void refusesANegativeMeasure() {
        InvalidRequest refused = catchThrowableOfType(
                () -> classifications.classify(TODAY, "C", -1L, BigDecimal.ONE, null), InvalidRequest.class);
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("staff");
    }

    @Test
    void refusesAStandardWithoutExactlyOneFallbackGroup() {
        Threshold staff = new Threshold(Measure.STAFF, BigDecimal.TEN, new BigDecimal("2"), BigDecimal.ONE);
        var other = new IndustryGroup("OTHER", "其他", "Other", List.of(), List.of(staff));
        var standard = new SmeStandard("X", "x", "x", TODAY, TODAY, List.of(other, other));
        assertThatIllegalArgumentException().isThrownBy(() -> new SmeClassifier(standard));
    }

    @Test
    void postgreSqlStoresTheSameStandard() throws SQLException {
        try (FreshDatabase postgres = FreshDatabase.of("postgresql", "sme")) {
            Flyway.configure().dataSource(postgres.dataSource()).load().migrate();
            assertThat(new SmeStandards(JdbcClient.create(postgres.dataSource())).inForce(TODAY))
                    .contains(classifier.standard());
        }
    }
}

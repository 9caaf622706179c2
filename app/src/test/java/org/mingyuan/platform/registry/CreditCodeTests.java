package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.springframework.context.support.ResourceBundleMessageSource;

class CreditCodeTests {

    /** The character set of GB 32100, written out here rather than taken from the code under test. */
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /** Characters that are never part of a code: the five unused letters, punctuation, full-width and CJK. */
    private static final String OUTSIDE = "IOSVZ-._/０中";

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("i18n/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    record Company(String name, String code) {
        @Override
        public String toString() {
            return name + " " + code;
        }
    }

    static List<Company> realCompanies() throws Exception {
        try (var in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(
                        CreditCodeTests.class.getResourceAsStream("/testdata/credit-code/real-companies.csv")),
                StandardCharsets.UTF_8))) {
            return in.lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("name,"))
                    .map(line -> line.split(","))
                    .map(fields -> new Company(fields[0], fields[1]))
                    .toList();
        }
    }

    @Test
    void usesAtLeastFiveRealCompanies() throws Exception {
        assertThat(realCompanies()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @MethodSource("realCompanies")
    void acceptsCodesOfRealCompanies(Company company) {
        String code = company.code();
        CreditCode parsed = CreditCode.parse(code);
        assertThat(parsed.value()).isEqualTo(code);
        assertThat(parsed.toString()).isEqualTo(code);
        assertThat(parsed.divisionCode()).isEqualTo(code.substring(2, 8));
        assertThat(CreditCode.of(code.substring(0, 2), code.substring(2, 8), code.substring(8, 16)))
                .isEqualTo(parsed);
    }

    @ParameterizedTest
    @MethodSource("realCompanies")
    void refusesEverySingleCharacterCorruptionNamingThePosition(Company company) {
        String code = company.code();
        int cases = 0;
        for (int position = 1; position <= 18; position++) {
            char original = code.charAt(position - 1);
            for (char replacement : (CHARACTERS + OUTSIDE).toCharArray()) {
                if (replacement == original) {
                    continue;
                }
                String corrupted = code.substring(0, position - 1) + replacement + code.substring(position);
                InvalidCreditCode refused =
                        catchThrowableOfType(() -> CreditCode.parse(corrupted), InvalidCreditCode.class);
                assertThat(refused).as(corrupted).isNotNull();
                int detectedAt = detectedPosition(position, original, replacement);
                assertThat(refused.position()).as(corrupted).isEqualTo(detectedAt);
                String zh = reason(refused, Locale.SIMPLIFIED_CHINESE);
                String en = reason(refused, Locale.ENGLISH);
                assertThat(zh).as(corrupted).contains("第 " + detectedAt + " 位");
                assertThat(en).as(corrupted).startsWith("position " + detectedAt + ":");
                if (detectedAt == 17 && position != 17) {
                    assertThat(zh).contains("第 9–16 位");
                    assertThat(en).contains("positions 9 to 16");
                }
                if (detectedAt == 18 && position != 18) {
                    assertThat(zh).contains("第 1–17 位");
                    assertThat(en).contains("positions 1 to 17");
                }
                cases++;
            }
        }
        assertThat(cases).isEqualTo(18 * (CHARACTERS.length() - 1 + OUTSIDE.length()));
    }

    /**
     * Where a single replaced character is detected, worked out independently of the code under test.
     *
     * <p>A character outside the set, or a letter among the division digits, is named where it
     * stands. Position 17 is compared directly with the organisation check. In 9–16 the
     * organisation check (weights 3 7 9 10 5 8 4 2, none a multiple of 11) sees the change unless
     * the two characters' GB 11714 values (base-36 digits) differ by a multiple of 11, as 0 and B
     * do; the final check, whose weights are powers of 3 modulo the prime 31, sees every other
     * change of a character in the set.
     */
    private static int detectedPosition(int position, char original, char replacement) {
        if (CHARACTERS.indexOf(replacement) < 0) {
            return position;
        }
        if (position >= 3 && position <= 8 && !Character.isDigit(replacement)) {
            return position;
        }
        if (position == 17) {
            return 17;
        }
        if (position >= 9 && position <= 16) {
            int difference = Character.digit(replacement, 36) - Character.digit(original, 36);
            return difference % 11 != 0 ? 17 : 18;
        }
        return 18;
    }

    @Test
    void namesTheExpectedCheckCharacterInBothLanguages() {
        InvalidCreditCode refused =
                catchThrowableOfType(() -> CreditCode.parse("91440300279398737" + "7"), InvalidCreditCode.class);
        assertThat(refused.position()).isEqualTo(17);
        assertThat(refused.problems())
                .singleElement()
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly("creditCode", "creditCode.organisationCheck");
        assertThat(reason(refused, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 17 位校验码错误：应为 X，实为 7（组织机构代码校验，也可能是第 9–16 位有字符输错）。");
        assertThat(reason(refused, Locale.ENGLISH))
                .isEqualTo("position 17: wrong check character, expected X, got 7"
                        + " (organisation code check; or a character in positions 9 to 16 is mistyped).");

        InvalidCreditCode finalCheck =
                catchThrowableOfType(() -> CreditCode.parse("9144030071526726XA"), InvalidCreditCode.class);
        assertThat(finalCheck.position()).isEqualTo(18);
        assertThat(reason(finalCheck, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 18 位校验码错误：应为 G，实为 A（也可能是第 1–17 位有字符输错）。");
        assertThat(reason(finalCheck, Locale.ENGLISH))
                .isEqualTo("position 18: wrong check character, expected G, got A"
                        + " (or a character in positions 1 to 17 is mistyped).");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "9", "91440300715267", "9144030071526726X", "9144030071526726XG0", "9144 030071526726XG"})
    void refusesWrongLengthsNamingTheLengthFound(String text) {
        InvalidCreditCode refused = catchThrowableOfType(() -> CreditCode.parse(text), InvalidCreditCode.class);
        assertThat(refused.position()).isZero();
        assertThat(refused.problems().get(0).code()).isEqualTo("creditCode.length");
        assertThat(reason(refused, Locale.SIMPLIFIED_CHINESE)).isEqualTo("统一社会信用代码应为 18 位，实为 " + text.length() + " 位。");
        assertThat(reason(refused, Locale.ENGLISH))
                .isEqualTo("a unified social credit code has 18 characters, got " + text.length() + ".");
    }

    @Test
    void acceptsLowerCaseAndSurroundingSpace() {
        assertThat(CreditCode.parse("9144030071526726xg").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.parse("  9144030010001686xa\t\n").value()).isEqualTo("9144030010001686XA");
        assertThat(CreditCode.parse("\u300091110000802100433b\u3000").value()).isEqualTo("91110000802100433B");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S', 'V', 'Z', 'i', 'o', 's', 'v', 'z'})
    void refusesTheLettersNeverUsedNamingTheirPosition(char letter) {
        String code = "91440300192203" + letter + "216";
        InvalidCreditCode refused = catchThrowableOfType(() -> CreditCode.parse(code), InvalidCreditCode.class);
        assertThat(refused.position()).isEqualTo(15);
        String upper = String.valueOf(Character.toUpperCase(letter));
        assertThat(reason(refused, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("第 15 位字符“" + upper + "”不能使用：只能是数字或大写字母，且不使用 I、O、S、V、Z。");
        assertThat(reason(refused, Locale.ENGLISH))
                .isEqualTo("position 15: character \"" + upper
                        + "\" is not allowed; only digits and capital letters, never I, O, S, V or Z.");
    }

    @Test
    void refusesALetterInTheDivisionCode() {
        InvalidCreditCode refused =
                catchThrowableOfType(() -> CreditCode.parse("9144A30071526726XG"), InvalidCreditCode.class);
        assertThat(refused.position()).isEqualTo(5);
        assertThat(reason(refused, Locale.SIMPLIFIED_CHINESE)).isEqualTo("第 5 位应为数字（第 3–8 位是登记管理机关行政区划码），实为 A。");
    }

    @Test
    void showsInvisibleCharactersByTheirCodePoint() {
        InvalidCreditCode refused =
                catchThrowableOfType(() -> CreditCode.parse("91440300\t1526726XG"), InvalidCreditCode.class);
        assertThat(refused.position()).isEqualTo(9);
        assertThat(reason(refused, Locale.ENGLISH)).startsWith("position 9: character \"U+0009\"");
    }

    @Test
    void theConstructorTakesOnlyTheCanonicalForm() {
        assertThat(new CreditCode("9144030071526726XG").divisionCode()).isEqualTo("440300");
        InvalidCreditCode refused =
                catchThrowableOfType(() -> new CreditCode("9144030071526726xg"), InvalidCreditCode.class);
        assertThat(refused.position()).isEqualTo(17);
    }

    @Test
    void buildsCodesFromTheirParts() {
        assertThat(CreditCode.of("91", "440300", "71526726").value()).isEqualTo("9144030071526726XG");
        assertThat(CreditCode.of("91", "110108", "55138508").value()).isEqualTo("91110108551385082Q");
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("9", "440300", "71526726"));
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91", "44030A", "71526726"));
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.of("91", "440300", "7152672O"));
    }

    private static String reason(InvalidCreditCode refused, Locale locale) {
        FieldProblem problem = refused.problems().get(0);
        assertThat(problem.field()).isEqualTo("creditCode");
        return MESSAGES.getMessage(problem.code(), problem.args().toArray(), locale);
    }
}

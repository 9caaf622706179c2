package org.mingyuan.platform.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReferenceCodesTests {

    final ReferenceCodes codes = new ReferenceCodes();

    @Test
    void industryCodesAreNamedWithTheCodeAfterTheName() {
        assertThat(codes.industry("I6513", Locale.CHINA)).isEqualTo("应用软件开发 (I6513)");
        assertThat(codes.industry("I65", Locale.CHINA)).isEqualTo("软件和信息技术服务业 (I65)");
        assertThat(codes.industry("I6513", Locale.ENGLISH)).isEqualTo("Application software development (I6513)");
    }

    @Test
    void aClassMissingFromTheTableIsNamedByItsGroupOrDivision() {
        assertThat(codes.industry("I6510", Locale.CHINA)).isEqualTo("软件开发 (I6510)");
        assertThat(codes.industry("M739", Locale.CHINA)).isEqualTo("研究和试验发展 (M739)");
    }

    @Test
    void everySectionAndDivisionIsInTheTable() {
        assertThat(codes.industries().stream().filter(c -> c.code().length() <= 3))
                .hasSize(20 + 97);
    }

    @Test
    void divisionsOfTheDemoParksAndTheirParentsAreNamed() {
        for (String code : new String[] {
            "310110", "431302", "330110", "530102", "469023", "310106", "310115", "430121", "330106", "440112"
        }) {
            String parent = code.substring(0, 4) + "00";
            String province = code.substring(0, 2) + "0000";
            assertThat(codes.division(code, Locale.CHINA)).doesNotStartWith(code);
            assertThat(codes.division(parent, Locale.CHINA)).doesNotStartWith(parent);
            assertThat(codes.division(province, Locale.CHINA)).doesNotStartWith(province);
        }
        assertThat(codes.division("310110", Locale.CHINA)).isEqualTo("上海市杨浦区 (310110)");
        assertThat(codes.division("999999", Locale.CHINA)).isEqualTo("999999");
    }
}

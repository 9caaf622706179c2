package org.mingyuan.platform.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExcelDatesTests {

    @Test
    void serialsAreDaysCountedAsExcelCountsThem() {
        assertThat(ExcelDates.day(new BigDecimal("44260"), false)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(ExcelDates.day(new BigDecimal("44260.99"), false)).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(ExcelDates.day(new BigDecimal("1"), false)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(ExcelDates.day(new BigDecimal("61"), false)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(ExcelDates.day(new BigDecimal("42798"), true)).isEqualTo(LocalDate.of(2021, 3, 5));
    }

    @Test
    void builtInAndCustomDateFormatsAreDates() {
        assertThat(ExcelDates.isDate(14, null)).isTrue();
        assertThat(ExcelDates.isDate(22, null)).isTrue();
        assertThat(ExcelDates.isDate(31, null)).isTrue();
        assertThat(ExcelDates.isDate(46, null)).isTrue();
        assertThat(ExcelDates.isDate(176, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
        assertThat(ExcelDates.isDate(177, "[$-804]yyyy/m/d;@")).isTrue();
        assertThat(ExcelDates.isDate(178, "dd-mmm-yy")).isTrue();
    }

    @Test
    void numberFormatsAreNotDates() {
        assertThat(ExcelDates.isDate(0, null)).isFalse();
        assertThat(ExcelDates.isDate(null, null)).isFalse();
        assertThat(ExcelDates.isDate(4, null)).isFalse();
        assertThat(ExcelDates.isDate(176, "#,##0.00\"万元\"")).isFalse();
        assertThat(ExcelDates.isDate(177, "[Red]0.00;[$¥-804]#,##0")).isFalse();
        assertThat(ExcelDates.isDate(178, "General")).isFalse();
    }
}

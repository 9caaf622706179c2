package org.mingyuan.platform.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The incubation bundles have the same keys in Chinese and English, and every condition, measure, unit and stage the
 * code can produce has a label in both.
 */
class IncubationBundleTests {

    static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IncubationBundleTests.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bothLanguagesLabelEveryConditionMeasureUnitAndStage() throws IOException {
        Properties zh = bundle("incubation");
        Properties en = bundle("incubation_en");
        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        var incubator = new Incubator(
                1, 1, "x", BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, null, null, "t", Instant.EPOCH);
        List<Condition> conditions = NationalConditions.of(incubator, List.of(), 0, LocalDate.of(2026, 1, 1));
        for (Condition condition : conditions) {
            assertThat(zh).containsKey("incubation.condition." + condition.code());
            assertThat(zh).containsKey("incubation.tier." + condition.tier());
            assertThat(zh).containsKey("incubation.tier." + condition.tier() + ".source");
            for (Condition.Measure measure : condition.measures()) {
                assertThat(zh).containsKey("incubation.measure." + measure.code());
                assertThat(zh).containsKey("incubation.unit." + measure.unit());
            }
        }
        for (FinancingStage stage : FinancingStage.values()) {
            assertThat(zh).containsKey("incubation.stage." + stage);
        }
    }
}

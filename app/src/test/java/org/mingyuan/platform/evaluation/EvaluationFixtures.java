package org.mingyuan.platform.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.evaluation.system.Category;
import org.mingyuan.platform.evaluation.system.Indicator;
import org.mingyuan.platform.evaluation.system.IndicatorSystems;
import org.mingyuan.platform.evaluation.system.RubricLevel;
import org.mingyuan.platform.evaluation.system.SystemDraft;
import org.mingyuan.platform.evaluation.system.SystemVersion;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.ParkId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds what evaluation tests need: a fresh published system of one category with an expert indicator {@code Q}
 * (rubric scores 1 to 5, benefit, weight 0.6) and an imported cost indicator {@code COST} (weight 0.4), fresh parks,
 * and XLSX sheets.
 */
final class EvaluationFixtures {

    static final Caller OFFICER = new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null);

    private EvaluationFixtures() {}

    static List<RubricLevel> rubric() {
        List<RubricLevel> levels = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            levels.add(new RubricLevel(score, "等级 " + score, "Level " + score, true));
        }
        return levels;
    }

    static List<Category> tree() {
        return List.of(new Category(
                "C1",
                "类一",
                "Category one",
                null,
                null,
                1.0,
                List.of(
                        new Indicator(
                                "Q",
                                "质量",
                                "Quality",
                                "专家评定的质量",
                                "Quality as experts judge it",
                                true,
                                "分",
                                IndicatorSource.EXPERT,
                                null,
                                0.6,
                                rubric()),
                        new Indicator(
                                "COST",
                                "成本",
                                "Cost",
                                null,
                                null,
                                false,
                                "万元",
                                IndicatorSource.IMPORTED,
                                null,
                                0.4,
                                List.of()))));
    }

    /** An indicator of {@code source} (a PLATFORM one reads the live figure {@code live}) with its weight within. */
    static Indicator indicator(
            String code, IndicatorSource source, @Nullable String live, boolean benefit, double weight) {
        return new Indicator(code, code, code, null, null, benefit, "", source, live, weight, List.of());
    }

    /** A new published system of {@link #tree()}. */
    static SystemVersion system(IndicatorSystems systems) {
        return system(systems, tree());
    }

    /** A new published system of {@code tree}. */
    static SystemVersion system(IndicatorSystems systems, List<Category> tree) {
        String code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SystemVersion draft = systems.create(OFFICER, new IndicatorSystems.NewSystem(code, "测试体系", "Test system"));
        systems.edit(OFFICER, draft.id(), new SystemDraft(null, null, "测试", "test", tree));
        return systems.publish(OFFICER, draft.id());
    }

    /** A new park with a fresh code; returns its id. */
    static ParkId park(JdbcClient jdbc, String label) {
        String code = "ev-" + label + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into park (code, name_zh, name_en, province_zh, city_zh, city_en)"
                        + " values (?, ?, ?, '上海市', '上海市', 'Shanghai')")
                .params(code, "评价园区 " + label, "Evaluated park " + label)
                .update();
        return new ParkId(jdbc.sql("select id from park where code = ?")
                .param(code)
                .query(Long.class)
                .single());
    }

    static String code(JdbcClient jdbc, ParkId park) {
        return jdbc.sql("select code from park where id = ?")
                .param(park.value())
                .query(String.class)
                .single();
    }

    /** An XLSX workbook of one sheet holding {@code rows} as text cells (null leaves a cell empty). */
    static byte[] sheet(List<List<String>> rows) throws IOException {
        var out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet ws = workbook.newWorksheet("values");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (rows.get(r).get(c) != null) {
                    ws.value(r, c, rows.get(r).get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}

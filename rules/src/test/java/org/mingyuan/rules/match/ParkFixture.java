package org.mingyuan.rules.match;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mingyuan.rules.clause.ClauseCompiler;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;
import org.mingyuan.rules.table.FactTable;

/** A small park registry for behaviour tests. */
final class ParkFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
    static final FactSchema SCHEMA = FactSchema.builder()
            .decimal("revenue", "营业收入", "revenue", Unit.of("万元", "10k CNY"))
            .integer("staff", "员工人数", "staff", Unit.of("人", "people"))
            .enumeration("park", "所在园区", "park", List.of("LOUDI", "YANGPU", "HUANGPU"))
            .enumeration("sizeClass", "企业规模", "size class", List.of("small", "micro", "medium"))
            .textSet("certifications", "资质认定", "certifications", 8)
            .date("founded", "成立日期", "founding date")
            .bool("taxInDistrict", "税收在本区缴纳", "pays tax in the district")
            .build();

    final FactTable table = new FactTable(SCHEMA);
    final Matcher matcher = new Matcher(table, TODAY);
    final ClauseCompiler compiler = new ClauseCompiler(SCHEMA);

    ParkFixture enterprise(String key, Object... namesAndValues) {
        Map<String, Object> facts = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        table.upsert(key, facts);
        return this;
    }

    CompiledClause compile(String id, String eligibility, String amount) {
        return compiler.compile(ClauseDraft.of(id, eligibility, amount));
    }

    CompiledClause register(String id, String eligibility, String amount) {
        CompiledClause clause = compile(id, eligibility, amount);
        matcher.register(clause);
        return clause;
    }
}

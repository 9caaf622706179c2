package org.mingyuan.platform.registry;

import org.springframework.jdbc.core.JdbcTemplate;

/** A synthetic registry of a million enterprises for the benchmarks on PostgreSQL, written by SQL in the database. */
public final class BenchmarkRegistry {

    private BenchmarkRegistry() {}

    /**
     * Generates {@code n} enterprises in the database itself, a few statements in all: twelve fact statements each
     * over two years, half of them in one park with a lease, a third certified; then analyses the tables.
     */
    public static void fill(JdbcTemplate jdbc, int n) {
        jdbc.update("insert into park (code, name_zh, name_en, province_zh, city_zh, city_en)"
                + " values ('bench-park', '基准园区', 'Benchmark park', '上海市', '上海市', 'Shanghai')");
        long park = jdbc.queryForObject("select id from park where code = 'bench-park'", Long.class);
        jdbc.update("insert into building (park_id, name) values (?, 'B1')", park);
        long building = jdbc.queryForObject("select id from building where park_id = ?", Long.class, park);
        jdbc.update("insert into space_unit (building_id, name, area_m2) values (?, 'U1', 9000000)", building);
        long unit = jdbc.queryForObject("select id from space_unit where building_id = ?", Long.class, building);
        jdbc.update(
                "insert into enterprise (credit_code, name, division_code, industry_code, founded_on,"
                        + " registered_capital, park_id, chain_segment, synthetic, created_at, updated_at)"
                        + " select lpad(g::text, 18, '0'), '基准企业 ' || g, '310110', 'I6510',"
                        + " date '2010-01-01' + (g % 4000), 100 + g % 900, case when g % 2 = 0 then ? end,"
                        + " case when g % 3 = 0 then 'baas' else 'finance' end, true, now(), now()"
                        + " from generate_series(1, ?) g",
                park, n);
        jdbc.update("insert into fact (enterprise_id, name, value, period_start, period_end, source, recorded_at,"
                + " recorded_by) select e.id, k.name, (e.id % 997) * k.scale + y.year - 2000,"
                + " make_date(y.year, 1, 1), make_date(y.year, 12, 31), 'IMPORTED', now() - interval '1 day', 'bench'"
                + " from enterprise e"
                + " cross join (values ('STAFF', 1), ('RD_STAFF', 1), ('REVENUE', 10), ('BLOCKCHAIN_REVENUE', 4),"
                + " ('RD_SPEND', 2), ('ASSETS', 20)) as k(name, scale)"
                + " cross join (values (2024), (2025)) as y(year)");
        jdbc.update("insert into enterprise_certification (enterprise_id, type_code, source, recorded_at, recorded_by)"
                + " select id, 'SPECIALISED_SME', 'IMPORTED', now() - interval '1 day', 'bench' from enterprise"
                + " where id % 3 = 0");
        jdbc.update(
                "insert into lease (unit_id, enterprise_id, area_m2, start_on, end_on, monthly_rent, recorded_at)"
                        + " select ?, id, 1, date '2024-01-01', date '2030-01-01', 1000, now() - interval '1 day'"
                        + " from enterprise where park_id is not null",
                unit);
        jdbc.execute("analyze");
    }
}

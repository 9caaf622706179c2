package org.mingyuan.platform.registry;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.Mingyuan;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every enterprise's facts as clauses see them ({@link RegistryFacts#forEach}) from a new schema of the
 * PostgreSQL server ({@link FreshDatabase#postgres}, dropped afterwards) filled with generated enterprises: twelve fact
 * statements each (six kinds, two years), a certification for every third, a running lease for every second. Prints
 * {@code name: value unit} lines, the peak heap among them; run it with the heap the platform is given ({@code
 * -Xmx3g}). The first argument overrides the number of enterprises (default 1,000,000).
 */
public final class RegistryFactsBenchmark {

    private RegistryFactsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int enterprises = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (FreshDatabase postgres = FreshDatabase.postgres("facts_bench")) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(
                    "mingyuan.home",
                    Files.createTempDirectory("mingyuan-facts-bench").toString());
            properties.put("spring.datasource.url", postgres.url());
            properties.put("spring.datasource.username", postgres.username());
            properties.put("spring.datasource.password", postgres.password());
            properties.put("mingyuan.demo", "false");
            properties.put("mingyuan.admin-password", "Benchmark-" + UUID.randomUUID());
            properties.put("server.port", "0");
            properties.put("logging.level.root", "warn");
            // As arguments, so that they outrank the test configuration on the class path (demo mode on).
            String[] arguments = properties.entrySet().stream()
                    .map(p -> "--" + p.getKey() + "=" + p.getValue())
                    .toArray(String[]::new);
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Mingyuan.class).run(arguments)) {
                long start = System.nanoTime();
                fill(app.getBean(JdbcTemplate.class), enterprises);
                print("enterprises", enterprises, "enterprises");
                print("fill.seconds", (System.nanoTime() - start) / 1e9, "s");
                RegistryFacts facts = app.getBean(RegistryFacts.class);
                if (Boolean.getBoolean("bench.explain")) {
                    app.getBean(JdbcTemplate.class)
                            .queryForList(
                                    "explain analyze select enterprise_id, name, value, value_flag, value_date,"
                                            + " value_text, period_start, period_end, source, recorded_at from fact"
                                            + " where recorded_at <= now() order by enterprise_id",
                                    String.class)
                            .forEach(System.out::println);
                }
                for (int run = 1; run <= 2; run++) {
                    System.gc();
                    resetPeaks();
                    AtomicLong read = new AtomicLong();
                    AtomicLong values = new AtomicLong();
                    start = System.nanoTime();
                    facts.forEach(RegistryTime.today(), e -> {
                        read.incrementAndGet();
                        values.addAndGet(e.values().size());
                    });
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (read.get() != enterprises) {
                        throw new IllegalStateException("read " + read.get() + " enterprises, want " + enterprises);
                    }
                    print("forEach.run" + run + ".seconds", seconds, "s");
                    print("forEach.run" + run + ".rate", enterprises / seconds, "enterprises/s");
                    print("forEach.run" + run + ".values", values.get() / (double) enterprises, "values/enterprise");
                    print("forEach.run" + run + ".peakHeap", peakHeap() / 1_048_576.0, "MB");
                }
                print("maxHeap", Runtime.getRuntime().maxMemory() / 1_048_576.0, "MB");
            }
        }
        System.exit(0);
    }

    /** Generates the registry in the database itself, a few statements in all. */
    private static void fill(JdbcTemplate jdbc, int n) {
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

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static void print(String name, double value, String unit) {
        System.out.printf("%s: %.2f %s%n", name, value, unit);
    }
}

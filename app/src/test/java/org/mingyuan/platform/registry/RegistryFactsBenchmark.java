package org.mingyuan.platform.registry;

import static org.mingyuan.platform.BenchmarkFigures.print;

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
                BenchmarkRegistry.fill(app.getBean(JdbcTemplate.class), enterprises);
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
}

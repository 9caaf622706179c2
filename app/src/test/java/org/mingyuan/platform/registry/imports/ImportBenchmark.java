package org.mingyuan.platform.registry.imports;

import static org.mingyuan.platform.BenchmarkFigures.print;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mingyuan.platform.FreshDatabase;
import org.mingyuan.platform.Mingyuan;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.imports.ImportOutcome.Committed;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated file of enterprises with nine facts each into a fresh embedded H2 database and,
 * when PostgreSQL answers, into a new schema of it ({@link FreshDatabase#postgres}, dropped afterwards); as a baseline, registers a 2,000-row sample one enterprise and one fact at a
 * time through {@link EnterpriseRegistry}. Prints {@code name: value unit} lines. The first argument
 * overrides the row count (default 100,000).
 */
public final class ImportBenchmark {

    private static final int SAMPLE = 2_000;
    private static final Caller ADMIN = new Caller("benchmark", Set.of(Role.ADMIN), null, null);

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        var files = new ImportFiles();
        List<List<String>> table = new ArrayList<>();
        table.add(ImportFiles.header(ImportKind.ENTERPRISES));
        for (int i = 0; i < rows; i++) {
            table.add(files.enterprise(files.creditCode(), i, ""));
        }
        byte[] csv = ImportFiles.csv(table);
        print("rows", rows, "rows");
        print("file", csv.length / 1_048_576.0, "MB");
        Path home = Files.createTempDirectory("mingyuan-benchmark");
        measure("h2", Map.of("mingyuan.home", home.toString()), csv, rows, files);
        FreshDatabase postgres;
        try {
            postgres = FreshDatabase.postgres("import_bench");
        } catch (SQLException unreachable) {
            System.out.println("postgresql: skipped, " + unreachable.getMessage());
            System.exit(0);
            return;
        }
        try (postgres) {
            measure(
                    "postgresql",
                    Map.of(
                            "mingyuan.home",
                            home.resolve("pg").toString(),
                            "spring.datasource.url",
                            postgres.url(),
                            "spring.datasource.username",
                            postgres.username(),
                            "spring.datasource.password",
                            postgres.password()),
                    csv,
                    rows,
                    files);
        }
        System.exit(0);
    }

    private static void measure(String name, Map<String, Object> settings, byte[] csv, int rows, ImportFiles files)
            throws Exception {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("mingyuan.demo", "false");
        properties.put("mingyuan.admin-password", "Benchmark-" + UUID.randomUUID());
        properties.put("server.port", "0");
        properties.put("logging.level.root", "warn");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Mingyuan.class)
                .properties(properties)
                .run()) {
            ImportJobs jobs = app.getBean(ImportJobs.class);
            long start = System.nanoTime();
            ImportJob job = jobs.start(ADMIN, ImportKind.ENTERPRISES, "benchmark.csv", new ByteArrayInputStream(csv));
            while (!job.phase().finished()) {
                Thread.sleep(20);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!(job.outcome() instanceof Committed committed) || committed.created() != rows) {
                throw new IllegalStateException(name + " import did not commit: " + job.outcome());
            }
            print(name + ".import.seconds", seconds, "s");
            print(name + ".import.rate", rows / seconds, "rows/s");
            print(name + ".import.facts", committed.facts(), "facts");
            double baseline = oneByOne(app.getBean(EnterpriseRegistry.class), files);
            print(name + ".baseline.rate", baseline, "rows/s");
            print(name + ".baseline.extrapolated", rows / baseline, "s");
            print(name + ".speedup", rows / seconds / baseline, "x");
        }
    }

    /** Registers {@value #SAMPLE} enterprises with their nine facts one call at a time; returns rows/s. */
    private static double oneByOne(EnterpriseRegistry registry, ImportFiles files) {
        long start = System.nanoTime();
        for (int i = 0; i < SAMPLE; i++) {
            List<String> row = files.enterprise(files.creditCode(), i, "");
            registry.register(
                    ADMIN,
                    new EnterpriseDraft(
                            row.get(0),
                            row.get(1),
                            row.get(2),
                            null,
                            row.get(4),
                            LocalDate.parse(row.get(5)),
                            new BigDecimal(row.get(6)),
                            null,
                            row.get(8)));
            List<String> names = ImportKind.FIGURES;
            for (int f = 0; f < names.size(); f++) {
                registry.state(
                        ADMIN,
                        row.get(0),
                        new FactStatement(
                                names.get(f),
                                new BigDecimal(row.get(10 + f)),
                                null,
                                LocalDate.parse(row.get(9)),
                                null,
                                null));
            }
        }
        return SAMPLE / ((System.nanoTime() - start) / 1e9);
    }
}

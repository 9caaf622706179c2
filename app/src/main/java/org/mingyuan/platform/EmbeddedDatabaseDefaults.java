package org.mingyuan.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Points the datasource at an embedded H2 file database under {@code MINGYUAN_HOME} when no
 * datasource is configured.
 *
 * <p>It also records whether that database is new, which makes demo mode the default for a
 * newcomer's first start (see {@link DemoMode}).
 */
public class EmbeddedDatabaseDefaults implements EnvironmentPostProcessor, Ordered {

    static final String NEW_EMBEDDED_DATABASE = "mingyuan.embedded-database-new";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path home = Path.of(environment.getProperty("mingyuan.home", "./data"))
                .toAbsolutePath()
                .normalize();
        Path database = home.resolve("db").resolve("mingyuan");
        boolean isNew = !Files.exists(Path.of(database + ".mv.db"));
        String url = h2Url("file:" + database);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "mingyuanEmbeddedDatabase",
                        Map.of(
                                "spring.datasource.url",
                                url,
                                "spring.datasource.username",
                                "sa",
                                "spring.datasource.password",
                                "",
                                NEW_EMBEDDED_DATABASE,
                                isNew)));
    }

    /**
     * The H2 URL for a database at {@code location} ({@code file:<path>} or {@code mem:<name>}),
     * in the PostgreSQL compatibility mode the migrations are written for, writing each commit at
     * once ({@code WRITE_DELAY=0}) so that a killed process loses no committed transaction. H2 writes
     * that snapshot table by table while other sessions commit, so a kill during the write can keep a
     * committed transaction in part (h2database issue #2080); the ledger repairs such splits of its own
     * tables at start (docs/ledger.md), and PostgreSQL is the database where a kill must lose nothing. A writer
     * waits up to 30 s for a row another holds locked ({@code LOCK_TIMEOUT}; H2's own 2 s would fail a
     * lease while an import checks and writes the same unit, where PostgreSQL waits). The database is
     * left open until the application closes its connections ({@code DB_CLOSE_ON_EXIT=FALSE}): H2's own
     * shutdown hook would otherwise close it while beans that still need it, such as the event
     * publication registry, are being destroyed.
     */
    public static String h2Url(String location) {
        return "jdbc:h2:" + location
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=VALUE;WRITE_DELAY=0"
                + ";LOCK_TIMEOUT=30000;DB_CLOSE_ON_EXIT=FALSE";
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

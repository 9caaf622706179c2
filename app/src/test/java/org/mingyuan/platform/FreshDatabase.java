package org.mingyuan.platform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A new, empty database for one test: an in-memory H2 database in the platform's compatibility mode,
 * or a new schema of the PostgreSQL server at {@code MINGYUAN_TEST_POSTGRES_URL} (default: the local
 * server's {@code postgres} database). Without a PostgreSQL server the test is skipped, except under
 * CI, where it fails. Closing it drops the database.
 */
public final class FreshDatabase implements AutoCloseable {

    private final DriverManagerDataSource dataSource;
    private final Runnable drop;

    private FreshDatabase(DriverManagerDataSource dataSource, Runnable drop) {
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** A new database of {@code kind} ({@code h2} or {@code postgresql}) named after {@code prefix}. */
    public static FreshDatabase of(String kind, String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        if (kind.equals("h2")) {
            var h2 = new DriverManagerDataSource(
                    EmbeddedDatabaseDefaults.h2Url("mem:" + name + ";DB_CLOSE_DELAY=-1"), "sa", "");
            return new FreshDatabase(
                    h2, () -> JdbcClient.create(h2).sql("shutdown").update());
        }
        String url =
                System.getenv().getOrDefault("MINGYUAN_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("MINGYUAN_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("MINGYUAN_TEST_POSTGRES_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(url, user, password)) {
            admin.createStatement().execute("create schema " + name);
        } catch (SQLException unreachable) {
            assumeTrue(System.getenv("CI") != null, "no PostgreSQL at " + url + ": " + unreachable.getMessage());
            throw unreachable;
        }
        var schema = new DriverManagerDataSource(
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + name, user, password);
        return new FreshDatabase(schema, () -> {
            try (Connection cleanup = DriverManager.getConnection(url, user, password)) {
                cleanup.createStatement().execute("drop schema " + name + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop schema " + name, e);
            }
        });
    }

    /** The database's data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The command-line settings that run a platform, in this JVM or another, on this database. */
    public List<String> platformArguments() {
        return List.of(
                "--spring.datasource.url=" + dataSource.getUrl(),
                "--spring.datasource.username=" + dataSource.getUsername(),
                "--spring.datasource.password=" + dataSource.getPassword());
    }

    @Override
    public void close() {
        drop.run();
    }
}

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
 * A new, empty database for one test or benchmark: an in-memory H2 database in the platform's compatibility mode,
 * or a new schema of the PostgreSQL server at {@code MINGYUAN_TEST_POSTGRES_URL} (default: the local server's
 * {@code postgres} database, user {@code MINGYUAN_TEST_POSTGRES_USER}, default {@code postgres}, password
 * {@code MINGYUAN_TEST_POSTGRES_PASSWORD}). Closing it drops the database.
 */
public final class FreshDatabase implements AutoCloseable {

    private final String url;
    private final String username;
    private final String password;
    private final DataSource dataSource;
    private final Runnable drop;

    private FreshDatabase(String url, String username, String password, Runnable drop) {
        this.url = url;
        this.username = username;
        this.password = password;
        this.dataSource = new DriverManagerDataSource(url, username, password);
        this.drop = drop;
    }

    /**
     * A new database of {@code kind} ({@code h2} or {@code postgresql}) named after {@code prefix}. Without a
     * PostgreSQL server the test is skipped, except under CI, where it fails.
     */
    public static FreshDatabase of(String kind, String prefix) throws SQLException {
        if (kind.equals("h2")) {
            return h2(prefix);
        }
        try {
            return postgres(prefix);
        } catch (SQLException unreachable) {
            assumeTrue(System.getenv("CI") != null, unreachable.getMessage());
            throw unreachable;
        }
    }

    /** A new in-memory H2 database named after {@code prefix}. */
    public static FreshDatabase h2(String prefix) {
        String url = EmbeddedDatabaseDefaults.h2Url("mem:" + unique(prefix) + ";DB_CLOSE_DELAY=-1");
        return new FreshDatabase(
                url,
                "sa",
                "",
                () -> JdbcClient.create(new DriverManagerDataSource(url, "sa", ""))
                        .sql("shutdown")
                        .update());
    }

    /**
     * A new schema named after {@code prefix} on the PostgreSQL server.
     *
     * @throws SQLException if the server cannot be reached or refuses the schema
     */
    public static FreshDatabase postgres(String prefix) throws SQLException {
        String server =
                System.getenv().getOrDefault("MINGYUAN_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("MINGYUAN_TEST_POSTGRES_USER", "postgres");
        String password = System.getenv().getOrDefault("MINGYUAN_TEST_POSTGRES_PASSWORD", "");
        String name = unique(prefix);
        try (Connection admin = DriverManager.getConnection(server, user, password)) {
            admin.createStatement().execute("create schema " + name);
        } catch (SQLException unreachable) {
            throw new SQLException(
                    "cannot create schema " + name + " at " + server + ": " + unreachable.getMessage(), unreachable);
        }
        String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new FreshDatabase(url, user, password, () -> {
            try (Connection cleanup = DriverManager.getConnection(server, user, password)) {
                cleanup.createStatement().execute("drop schema " + name + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop schema " + name, e);
            }
        });
    }

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The database's data source, which opens a new connection on every request. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL that reaches this database (for PostgreSQL, with its schema as the current schema). */
    public String url() {
        return url;
    }

    /** The user name for {@link #url()}. */
    public String username() {
        return username;
    }

    /** The password for {@link #url()}. */
    public String password() {
        return password;
    }

    /** The command-line settings that run a platform, in this JVM or another, on this database. */
    public List<String> platformArguments() {
        return List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password);
    }

    @Override
    public void close() {
        drop.run();
    }
}

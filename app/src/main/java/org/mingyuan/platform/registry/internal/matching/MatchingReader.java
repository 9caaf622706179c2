package org.mingyuan.platform.registry.internal.matching;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.registry.internal.FactColumns;
import org.mingyuan.platform.registry.internal.matching.Gathered.Held;
import org.mingyuan.platform.registry.internal.matching.Gathered.Leased;
import org.mingyuan.platform.registry.internal.matching.Gathered.MovedIn;
import org.mingyuan.platform.registry.internal.matching.Gathered.Profile;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads enterprises' facts as clauses see them in five queries, each ordered by enterprise id and read a fetch at a
 * time (enterprises, fact statements, certifications, leases with their park, confirmed move-ins), merges the five
 * streams enterprise by enterprise and derives each one's values. One enterprise or all of them go the same way;
 * memory holds one enterprise's rows and the fetch buffers, never the registry.
 */
@Component
public class MatchingReader {

    private static final String ENTERPRISES = "select e.id, e.credit_code, e.name, e.division_code, e.industry_code,"
            + " e.founded_on, e.registered_capital, e.park_id, e.chain_segment from enterprise e";
    private static final String FACTS = "select enterprise_id, name, " + FactColumns.NAMES
            + ", period_start, period_end, source, recorded_at from fact where recorded_at <= ?";
    private static final String CERTIFICATIONS = "select enterprise_id, type_code, issued_on, expires_on"
            + " from enterprise_certification where recorded_at <= ?";
    private static final String LEASES = "select l.enterprise_id, b.park_id, l.area_m2, l.start_on, l.end_on,"
            + " l.monthly_rent from lease l join space_unit u on u.id = l.unit_id join building b on b.id = u.building_id"
            + " where l.recorded_at <= ?";
    private static final String MOVE_INS = "select e.id, m.park_id, m.decided_at from move_in_request m"
            + " join enterprise e on e.credit_code = m.credit_code where m.state = 'CONFIRMED' and m.decided_at <= ?";

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final MatchingContexts contexts;
    private final SQLExceptionTranslator translator;

    MatchingReader(DataSource dataSource, PlatformTransactionManager transactions, MatchingContexts contexts) {
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setReadOnly(true);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.contexts = contexts;
        this.translator = new SQLErrorCodeSQLExceptionTranslator(dataSource);
    }

    /**
     * Gives each enterprise's facts on {@code asOf} to {@code each}, in id order: every enterprise when {@code only}
     * is null, else the one with that id (if any). All five queries read one snapshot of the database.
     */
    public void forEach(LocalDate asOf, @Nullable Long only, Consumer<EnterpriseFacts> each) {
        MatchingValues values = new MatchingValues(contexts.current(asOf));
        Timestamp knownAt = Timestamp.from(RegistryTime.endOf(asOf));
        transactions.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                read(connection, knownAt, only, gathered -> each.accept(values.of(gathered)));
            } catch (SQLException e) {
                throw translator.translate("reading the registry's facts", null, e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private static void read(Connection connection, Timestamp knownAt, @Nullable Long only, Consumer<Gathered> each)
            throws SQLException {
        try (var enterprises = stream(connection, ENTERPRISES, "e.id", null, only, MatchingReader::profile);
                var facts = stream(connection, FACTS, "enterprise_id", knownAt, only, MatchingReader::fact);
                var certifications =
                        stream(connection, CERTIFICATIONS, "enterprise_id", knownAt, only, MatchingReader::held);
                var leases = stream(connection, LEASES, "l.enterprise_id", knownAt, only, MatchingReader::leased);
                var moveIns = stream(connection, MOVE_INS, "e.id", knownAt, only, MatchingReader::movedIn)) {
            List<Profile> profile = new ArrayList<>(1);
            while (enterprises.next() != Long.MAX_VALUE) {
                long id = enterprises.next();
                profile.clear();
                enterprises.take(id, profile);
                List<Fact> stated = new ArrayList<>();
                List<Held> held = new ArrayList<>();
                List<Leased> leased = new ArrayList<>();
                List<MovedIn> moved = new ArrayList<>();
                facts.take(id, stated);
                certifications.take(id, held);
                leases.take(id, leased);
                moveIns.take(id, moved);
                each.accept(new Gathered(profile.get(0), stated, held, leased, moved));
            }
        }
    }

    private static <T> RowStream<T> stream(
            Connection connection,
            String select,
            String idColumn,
            @Nullable Timestamp knownAt,
            @Nullable Long only,
            RowStream.RowReader<T> reader)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(select);
        if (knownAt != null) {
            params.add(knownAt);
        }
        if (only != null) {
            sql.append(knownAt == null ? " where " : " and ").append(idColumn).append(" = ?");
            params.add(only);
        }
        sql.append(" order by ").append(idColumn);
        return new RowStream<>(connection, sql.toString(), params, reader);
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getBigDecimal(7),
                rs.getObject(8, Long.class),
                rs.getString(9));
    }

    private static Fact fact(ResultSet rs) throws SQLException {
        return new Fact(
                rs.getString(2),
                FactColumns.read(rs, 3),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                FactSource.valueOf(rs.getString(9)),
                null,
                instant(rs, 10),
                "");
    }

    private static Held held(ResultSet rs) throws SQLException {
        return new Held(rs.getString(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
    }

    private static Leased leased(ResultSet rs) throws SQLException {
        return new Leased(
                rs.getLong(2),
                rs.getBigDecimal(3),
                rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class),
                rs.getBigDecimal(6));
    }

    private static MovedIn movedIn(ResultSet rs) throws SQLException {
        return new MovedIn(rs.getLong(2), RegistryTime.dayOf(instant(rs, 3)));
    }

    /**
     * The moment in a {@code timestamp with time zone} column, read without {@link java.util.Calendar} (the drivers'
     * {@code getTimestamp} spends most of a bulk read there).
     */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

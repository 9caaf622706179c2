package org.mingyuan.platform.registry.imports;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.internal.Enterprises;
import org.mingyuan.platform.registry.internal.FactColumns;
import org.mingyuan.platform.registry.internal.FactKindStore;
import org.mingyuan.platform.registry.internal.LetPeak;
import org.mingyuan.platform.registry.internal.RegistryChanges;
import org.mingyuan.platform.registry.internal.Spaces;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The registry's tables as an import sees them: read whole in a few queries, written in bulk. */
@Repository
class ImportStore {

    private static final BulkInsert ENTERPRISES = new BulkInsert(
            "enterprise",
            List.of(
                    "credit_code",
                    "name",
                    "address",
                    "division_code",
                    "industry_code",
                    "founded_on",
                    "registered_capital",
                    "park_id",
                    "chain_segment",
                    "size_class",
                    "synthetic",
                    "created_at",
                    "updated_at"),
            new int[] {
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.DATE,
                Types.NUMERIC,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.BOOLEAN,
                Types.TIMESTAMP,
                Types.TIMESTAMP
            });
    private static final BulkInsert FACTS = new BulkInsert(
            "fact",
            List.of(
                    "enterprise_id",
                    "name",
                    "value",
                    "value_flag",
                    "value_date",
                    "value_text",
                    "period_start",
                    "period_end",
                    "source",
                    "source_note",
                    "recorded_at",
                    "recorded_by"),
            new int[] {
                Types.BIGINT,
                Types.VARCHAR,
                Types.NUMERIC,
                Types.BOOLEAN,
                Types.DATE,
                Types.VARCHAR,
                Types.DATE,
                Types.DATE,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.TIMESTAMP,
                Types.VARCHAR
            });
    private static final BulkInsert LEASES = new BulkInsert(
            "lease",
            List.of("unit_id", "enterprise_id", "area_m2", "start_on", "end_on", "monthly_rent", "recorded_at"),
            new int[] {Types.BIGINT, Types.BIGINT, Types.NUMERIC, Types.DATE, Types.DATE, Types.NUMERIC, Types.TIMESTAMP
            });

    private final JdbcTemplate jdbc;
    private final Spaces spaces;
    private final RegistryChanges changes;
    private final FactKindStore factKinds;

    ImportStore(JdbcTemplate jdbc, Spaces spaces, RegistryChanges changes, FactKindStore factKinds) {
        this.jdbc = jdbc;
        this.spaces = spaces;
        this.changes = changes;
        this.factKinds = factKinds;
    }

    /** An enterprise already in the registry, as far as an import needs it. */
    record Known(long id, @Nullable Long parkId, String industryCode) {}

    /** A unit of a park with its area. */
    record UnitArea(long id, long parkId, String building, String unit, BigDecimal areaM2) {}

    /** A stored lease of a unit, half-open [start, end). */
    record LeaseSpan(long unitId, long enterpriseId, BigDecimal areaM2, LocalDate start, LocalDate end)
            implements LetPeak.Let {}

    /** Every enterprise in the registry by credit code; one query. */
    Map<String, Known> enterprises() {
        Map<String, Known> known = new HashMap<>();
        jdbc.query("select id, credit_code, park_id, industry_code from enterprise", rs -> {
            known.put(rs.getString(2), new Known(rs.getLong(1), rs.getObject(3, Long.class), rs.getString(4)));
        });
        return known;
    }

    /** Every park's id by code. */
    Map<String, Long> parks() {
        Map<String, Long> parks = new HashMap<>();
        jdbc.query("select id, code from park", rs -> {
            parks.put(rs.getString(2), rs.getLong(1));
        });
        return parks;
    }

    /** Every fact kind by key, in their order. */
    Map<String, FactKind> kinds() {
        Map<String, FactKind> kinds = new LinkedHashMap<>();
        factKinds.all().forEach(kind -> kinds.put(kind.key(), kind));
        return kinds;
    }

    /** Every chain segment code. */
    List<String> segments() {
        return jdbc.queryForList("select code from chain_segment", String.class);
    }

    /** Every unit of every park. */
    List<UnitArea> units() {
        return jdbc.query(
                "select u.id, b.park_id, b.name, u.name, u.area_m2 from space_unit u join building b on b.id ="
                        + " u.building_id",
                (rs, row) -> new UnitArea(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBigDecimal(5)));
    }

    /**
     * Locks the units with these ids until the transaction ends, in id order so that two writers
     * locking some of the same units never deadlock, and returns their stored leases by unit id.
     */
    Map<Long, List<LeaseSpan>> lockedLeases(Collection<Long> unitIds) {
        List<Long> ids = unitIds.stream().distinct().sorted().toList();
        ids.forEach(spaces::lock);
        Map<Long, List<LeaseSpan>> leases = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BulkInsert.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BulkInsert.CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select unit_id, enterprise_id, area_m2, start_on, end_on from lease where unit_id in (" + marks
                            + ")",
                    rs -> {
                        leases.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new LeaseSpan(
                                        rs.getLong(1),
                                        rs.getLong(2),
                                        rs.getBigDecimal(3),
                                        rs.getDate(4).toLocalDate(),
                                        rs.getDate(5).toLocalDate()));
                    },
                    chunk.toArray());
        }
        return leases;
    }

    /** The stored statements about each of {@code ids}, in chunks of a thousand ids per query. */
    Map<Long, List<Fact>> facts(List<Long> ids) {
        Map<Long, List<Fact>> facts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BulkInsert.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BulkInsert.CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select enterprise_id, name, " + FactColumns.NAMES + ", period_start, period_end, source,"
                            + " source_note, recorded_at, recorded_by from fact where enterprise_id in (" + marks + ")",
                    rs -> {
                        facts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                                .add(new Fact(
                                        rs.getString(2),
                                        FactColumns.read(rs, 3),
                                        rs.getDate(7).toLocalDate(),
                                        rs.getDate(8).toLocalDate(),
                                        FactSource.valueOf(rs.getString(9)),
                                        rs.getString(10),
                                        rs.getTimestamp(11).toInstant(),
                                        rs.getString(12)));
                    },
                    chunk.toArray());
        }
        return facts;
    }

    /** Inserts new enterprises (their ids are ignored) and returns every enterprise's id by credit code. */
    Map<String, Known> insert(List<Enterprise> enterprises, Timestamp now, IntConsumer progress) {
        ENTERPRISES.insert(jdbc, enterprises, e -> Enterprises.insertValues(e, now), progress);
        Map<String, Known> known = enterprises();
        changes.changed(enterprises.stream()
                .map(e -> known.get(e.creditCode().value()).id())
                .toList());
        return known;
    }

    /** Replaces the profile and size class of existing enterprises, in batches. */
    void update(List<Enterprise> enterprises, Timestamp now, IntConsumer progress) {
        String sql = "update enterprise set " + Enterprises.PROFILE_ASSIGNMENTS
                + ", size_class = ?, updated_at = ? where id = ?";
        for (int from = 0; from < enterprises.size(); from += BulkInsert.CHUNK) {
            List<Object[]> chunk =
                    enterprises.subList(from, Math.min(enterprises.size(), from + BulkInsert.CHUNK)).stream()
                            .map(e -> {
                                List<Object> values = new ArrayList<>(Enterprises.profileValues(e));
                                values.add(
                                        e.sizeClass() == null
                                                ? null
                                                : e.sizeClass().name());
                                values.add(now);
                                values.add(e.id().value());
                                return values.toArray();
                            })
                            .toList();
            jdbc.batchUpdate(sql, chunk, new int[] {
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.DATE,
                Types.NUMERIC,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.TIMESTAMP,
                Types.BIGINT
            });
            progress.accept(chunk.size());
        }
        changes.changed(enterprises.stream().map(e -> e.id().value()).toList());
    }

    /** Stores the derived size class of enterprises, in batches. */
    void sizeClasses(Map<EnterpriseId, @Nullable String> sizes) {
        List<Object[]> rows = sizes.entrySet().stream()
                .map(e -> new Object[] {e.getValue(), e.getKey().value()})
                .toList();
        jdbc.batchUpdate(
                "update enterprise set size_class = ? where id = ?", rows, new int[] {Types.VARCHAR, Types.BIGINT});
        changes.changed(sizes.keySet().stream().map(EnterpriseId::value).toList());
    }

    /** Appends fact statements. */
    void append(List<Stated> facts, IntConsumer progress) {
        FACTS.insert(
                jdbc,
                facts,
                s -> {
                    Object[] value = FactColumns.values(s.fact().value());
                    return new Object[] {
                        s.enterprise(),
                        s.fact().name(),
                        value[0],
                        value[1],
                        value[2],
                        value[3],
                        Date.valueOf(s.fact().periodStart()),
                        Date.valueOf(s.fact().periodEnd()),
                        s.fact().source().name(),
                        s.fact().sourceNote(),
                        Timestamp.from(s.fact().recordedAt()),
                        s.fact().recordedBy()
                    };
                },
                progress);
        changes.changed(facts.stream().map(Stated::enterprise).toList());
    }

    /** Stores leases, each with its monthly rent (null when not disclosed). */
    void leases(List<Leased> leases, Timestamp now, IntConsumer progress) {
        LEASES.insert(
                jdbc,
                leases,
                l -> new Object[] {
                    l.span().unitId(),
                    l.span().enterpriseId(),
                    l.span().areaM2(),
                    Date.valueOf(l.span().start()),
                    Date.valueOf(l.span().end()),
                    l.monthlyRent(),
                    now
                },
                progress);
        changes.changed(leases.stream().map(l -> l.span().enterpriseId()).toList());
    }

    /** Places enterprises that are in no park yet into {@code parkId} (a lease makes them tenants). */
    void placeInPark(List<Long> enterpriseIds, long parkId) {
        List<Object[]> rows =
                enterpriseIds.stream().map(id -> new Object[] {parkId, id}).toList();
        jdbc.batchUpdate("update enterprise set park_id = ? where id = ? and park_id is null", rows, new int[] {
            Types.BIGINT, Types.BIGINT
        });
        changes.changed(enterpriseIds);
    }

    /** A fact statement about the enterprise with id {@code enterprise}. */
    record Stated(long enterprise, Fact fact) {}

    /** A lease to store, with its monthly rent in CNY (null when not disclosed). */
    record Leased(LeaseSpan span, @Nullable BigDecimal monthlyRent) {}
}

package org.mingyuan.platform.registry.sizing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored SME standards, read once and kept: they change only through migrations.
 */
@Repository
class SmeStandards {

    private final JdbcClient jdbc;
    private volatile @Nullable NavigableMap<LocalDate, SmeStandard> byEffectiveFrom;

    SmeStandards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The standard in force on {@code date}: the latest whose effective date is on or before it. */
    Optional<SmeStandard> inForce(LocalDate date) {
        NavigableMap<LocalDate, SmeStandard> standards = byEffectiveFrom;
        if (standards == null) {
            standards = load();
            byEffectiveFrom = standards;
        }
        return Optional.ofNullable(standards.floorEntry(date)).map(Map.Entry::getValue);
    }

    private NavigableMap<LocalDate, SmeStandard> load() {
        Map<GroupKey, List<String>> prefixes = new LinkedHashMap<>();
        jdbc.sql("select standard_id, group_code, prefix from sme_industry_prefix order by prefix")
                .query(rs -> {
                    prefixes.computeIfAbsent(new GroupKey(rs.getLong(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(rs.getString(3));
                });
        Map<GroupKey, List<Threshold>> thresholds = new LinkedHashMap<>();
        jdbc.sql("select standard_id, group_code, measure, sme_ceiling, medium_minimum, small_minimum"
                        + " from sme_threshold order by measure")
                .query(rs -> {
                    thresholds
                            .computeIfAbsent(new GroupKey(rs.getLong(1), rs.getString(2)), k -> new ArrayList<>())
                            .add(new Threshold(
                                    Measure.valueOf(rs.getString(3)),
                                    rs.getBigDecimal(4),
                                    rs.getBigDecimal(5),
                                    rs.getBigDecimal(6)));
                });
        Map<Long, List<IndustryGroup>> groups = new LinkedHashMap<>();
        jdbc.sql(
                        "select standard_id, group_code, name_zh, name_en from sme_industry_group order by standard_id, ordinal")
                .query(rs -> {
                    GroupKey key = new GroupKey(rs.getLong(1), rs.getString(2));
                    groups.computeIfAbsent(key.standardId(), k -> new ArrayList<>())
                            .add(new IndustryGroup(
                                    key.groupCode(),
                                    rs.getString(3),
                                    rs.getString(4),
                                    prefixes.getOrDefault(key, List.of()),
                                    thresholds.getOrDefault(key, List.of())));
                });
        NavigableMap<LocalDate, SmeStandard> standards = new TreeMap<>();
        jdbc.sql("select id, code, name_zh, name_en, issued_on, effective_from from sme_standard")
                .query(rs -> {
                    LocalDate effectiveFrom = rs.getObject(6, LocalDate.class);
                    standards.put(
                            effectiveFrom,
                            new SmeStandard(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getObject(5, LocalDate.class),
                                    effectiveFrom,
                                    groups.getOrDefault(rs.getLong(1), List.of())));
                });
        return standards;
    }

    private record GroupKey(long standardId, String groupCode) {}
}

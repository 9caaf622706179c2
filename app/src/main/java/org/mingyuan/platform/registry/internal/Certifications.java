package org.mingyuan.platform.registry.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.Certification;
import org.mingyuan.platform.registry.CertificationType;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.FactSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored certifications of enterprises and the types an administrator keeps. */
@Repository
public class Certifications {

    private final JdbcClient jdbc;

    Certifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every certification type, by code. */
    public List<CertificationType> types() {
        return jdbc.sql("select code, name_zh, name_en, needs_number from certification_type order by code")
                .query(CertificationType.class)
                .list();
    }

    /** Adds a certification type. */
    public void addType(CertificationType type) {
        jdbc.sql("insert into certification_type (code, name_zh, name_en, needs_number) values (?, ?, ?, ?)")
                .params(type.code(), type.nameZh(), type.nameEn(), type.needsNumber())
                .update();
    }

    /** Stores a certification of {@code enterprise}. */
    public void add(EnterpriseId enterprise, Certification c) {
        jdbc.sql("insert into enterprise_certification (enterprise_id, type_code, number, issued_on, expires_on,"
                        + " evidence, source, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        enterprise.value(),
                        c.type(),
                        c.number(),
                        date(c.issuedOn()),
                        date(c.expiresOn()),
                        c.evidence(),
                        c.source().name(),
                        Timestamp.from(c.recordedAt()),
                        c.recordedBy())
                .update();
    }

    /**
     * Sets the last day of {@code enterprise}'s certifications of {@code type} with {@code number} that would be valid
     * after {@code endsOn} to that day; returns how many rows changed.
     */
    public int end(EnterpriseId enterprise, String type, String number, LocalDate endsOn) {
        return jdbc.sql("update enterprise_certification set expires_on = ? where enterprise_id = ? and type_code = ?"
                        + " and number = ? and (expires_on is null or expires_on > ?)")
                .params(Date.valueOf(endsOn), enterprise.value(), type, number, Date.valueOf(endsOn))
                .update();
    }

    /** Every certification of {@code enterprise}, oldest first. */
    public List<Certification> of(EnterpriseId enterprise) {
        return jdbc.sql("select type_code, number, issued_on, expires_on, evidence, source, recorded_at, recorded_by"
                        + " from enterprise_certification where enterprise_id = ? order by recorded_at, id")
                .param(enterprise.value())
                .query((rs, row) -> new Certification(
                        rs.getString("type_code"),
                        rs.getString("number"),
                        localDate(rs.getDate("issued_on")),
                        localDate(rs.getDate("expires_on")),
                        rs.getString("evidence"),
                        FactSource.valueOf(rs.getString("source")),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by")))
                .list();
    }

    /** The distinct certification types recorded for each of {@code enterprises}, by code; absent when none. */
    public Map<Long, List<String>> typesHeld(Collection<EnterpriseId> enterprises) {
        if (enterprises.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(enterprises.size(), "?"));
        Map<Long, List<String>> held = new HashMap<>();
        jdbc.sql("select distinct enterprise_id, type_code from enterprise_certification where enterprise_id in ("
                        + marks + ") order by enterprise_id, type_code")
                .params(enterprises.stream().map(EnterpriseId::value).toList())
                .query((rs, row) -> held.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return held;
    }

    private static @Nullable Date date(@Nullable LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static @Nullable LocalDate localDate(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }
}

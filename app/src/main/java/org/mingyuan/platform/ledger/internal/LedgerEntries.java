package org.mingyuan.platform.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The recorded entries: pending ones without an index, appended ones with their index and leaf hash. */
@Repository
public class LedgerEntries {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /** Creates the repository over a database that has the ledger tables. */
    public LedgerEntries(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** An appended entry as listed for the enterprise it concerns. */
    public record Concerning(long index, String type, Instant recordedAt) {}

    /** The newest appended entries (at most {@code limit}) that concern the enterprise with this credit code. */
    public List<Concerning> concerning(String creditCode, int limit) {
        return jdbc.sql("select entry_index, entry_type, recorded_at from ledger_entry"
                        + " where enterprise = ? and entry_index is not null order by entry_index desc limit ?")
                .params(creditCode, limit)
                .query((rs, row) -> new Concerning(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** A recorded entry in a scan: its recording order and, if still pending, its canonical JSON bytes. */
    public record Pending(long seq, byte @Nullable [] entry) {}

    /** An appended entry with what a receipt needs. */
    public record Appended(
            long index,
            String type,
            byte[] entry,
            byte[] leafHash,
            @Nullable String openings,
            @Nullable String enterprise,
            Instant recordedAt) {}

    /**
     * Stores a new pending entry unless one with the same event key exists.
     *
     * @return true if stored, false if the event was recorded before
     */
    public boolean insertPending(
            String eventKey, String type, byte[] entry, @Nullable String openings, @Nullable String enterprise) {
        return jdbc.sql("insert into ledger_entry (event_key, entry_type, entry, openings, enterprise, recorded_at)"
                                + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                        .params(eventKey, type, entry, openings, enterprise, Timestamp.from(Instant.now()))
                        .update()
                == 1;
    }

    /** Returns the recording order of the oldest pending entry, or empty if none is pending. */
    public Optional<Long> firstPending() {
        return jdbc.sql("select min(seq) from ledger_entry where entry_index is null")
                .query((rs, row) -> rs.getObject(1) == null ? null : rs.getLong(1))
                .optional();
    }

    /**
     * Returns the pending entries among the {@code limit} entries recorded from {@code fromSeq} on, in recording
     * order; a range scan of the primary key, which stays fast however many entries are pending.
     */
    public List<Pending> pendingFrom(long fromSeq, int limit) {
        return jdbc.sql("select seq, entry, entry_index from ledger_entry where seq >= ? order by seq limit ?")
                .params(fromSeq, limit)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getObject(3) == null ? rs.getBytes(2) : null))
                .list();
    }

    /** Gives pending entries their indexes and leaf hashes, in one batch. */
    public void assign(List<Pending> entries, long firstIndex, List<byte[]> leafHashes) {
        batch.batchUpdate(
                "update ledger_entry set entry_index = ?, leaf_hash = ? where seq = ?",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setLong(1, firstIndex + i);
                        ps.setBytes(2, leafHashes.get(i));
                        ps.setLong(3, entries.get(i).seq());
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                });
    }

    /** Returns the leaf hashes of the entries with indexes [begin, end), in order. */
    public List<byte[]> leafHashes(long begin, long end) {
        return jdbc.sql("select leaf_hash from ledger_entry where entry_index >= ? and entry_index < ?"
                        + " order by entry_index")
                .params(begin, end)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Returns the entry bytes with indexes [begin, end), in order. */
    public List<byte[]> entries(long begin, long end) {
        return jdbc.sql(
                        "select entry from ledger_entry where entry_index >= ? and entry_index < ? order by entry_index")
                .params(begin, end)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Returns the appended entry at an index, if there is one. */
    public Optional<Appended> at(long index) {
        return jdbc.sql(SELECT_APPENDED + " where entry_index = ?")
                .param(index)
                .query(LedgerEntries::appended)
                .optional();
    }

    /** Returns up to {@code limit} appended entries below index {@code before}, newest first. */
    public List<Appended> recent(long before, int limit) {
        return jdbc.sql(SELECT_APPENDED + " where entry_index < ? order by entry_index desc limit ?")
                .params(before, limit)
                .query(LedgerEntries::appended)
                .list();
    }

    private static final String SELECT_APPENDED =
            "select entry_index, entry_type, entry, leaf_hash, openings, enterprise, recorded_at from ledger_entry";

    private static Appended appended(ResultSet rs, int row) throws SQLException {
        return new Appended(
                rs.getLong(1),
                rs.getString(2),
                rs.getBytes(3),
                rs.getBytes(4),
                rs.getString(5),
                rs.getString(6),
                rs.getTimestamp(7).toInstant());
    }
}

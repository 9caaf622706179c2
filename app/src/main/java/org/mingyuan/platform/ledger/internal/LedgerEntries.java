package org.mingyuan.platform.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The recorded entries: each in {@code ledger_entry}, queued in {@code ledger_pending} until it is appended, then
 * in {@code ledger_leaf} with its index and leaf hash. A stored entry row is never rewritten.
 */
@Repository
public class LedgerEntries {

    private static final int MAX_SEQ_ATTEMPTS = 1000;

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
        return jdbc.sql("select l.entry_index, e.entry_type, e.recorded_at from ledger_entry e"
                        + " join ledger_leaf l on l.seq = e.seq"
                        + " where e.enterprise = ? order by l.entry_index desc limit ?")
                .params(creditCode, limit)
                .query((rs, row) -> new Concerning(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    /** A pending entry: its recording order and its canonical JSON bytes. */
    public record Pending(long seq, byte[] entry) {}

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
     * Stores a new entry and queues it for the sequencer, unless one with the same event key exists.
     *
     * <p>{@code on conflict do nothing} skips a conflict on any unique column, the generated {@code seq} too: only a
     * stored row with this event key means "recorded before". A {@code seq} already taken (the embedded database can
     * come back from a kill with its identity behind the rows it kept) is tried again with the next one.
     *
     * @return true if stored, false if the event was recorded before
     * @throws IllegalStateException if no free {@code seq} was found
     */
    public boolean insertPending(
            String eventKey, String type, byte[] entry, @Nullable String openings, @Nullable String enterprise) {
        KeyHolder seq = new GeneratedKeyHolder();
        for (int attempt = 1; ; attempt++) {
            int inserted = jdbc.sql(
                            "insert into ledger_entry (event_key, entry_type, entry, openings, enterprise, recorded_at)"
                                    + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(eventKey, type, entry, openings, enterprise, Timestamp.from(Instant.now()))
                    .update(seq, "seq");
            if (inserted > 0) {
                break;
            }
            boolean recorded = jdbc.sql("select count(*) from ledger_entry where event_key = ?")
                            .param(eventKey)
                            .query(Long.class)
                            .single()
                    > 0;
            if (recorded) {
                return false;
            }
            if (attempt == MAX_SEQ_ATTEMPTS) {
                throw new IllegalStateException(
                        "no free seq for the entry of event " + eventKey + " after " + attempt + " attempts");
            }
        }
        jdbc.sql("insert into ledger_pending (seq) values (?)")
                .param(seq.getKeyAs(Long.class))
                .update();
        return true;
    }

    /**
     * Takes every leaf at or beyond {@code size} out of the log and puts its entry back on the queue; returns
     * how many there were. No signed checkpoint covers such leaves, so they were never published; they exist
     * only when a write was interrupted.
     */
    public int requeueBeyond(long size) {
        jdbc.sql("insert into ledger_pending (seq) select l.seq from ledger_leaf l where l.entry_index >= ?"
                        + " and not exists (select 1 from ledger_pending p where p.seq = l.seq)")
                .param(size)
                .update();
        return jdbc.sql("delete from ledger_leaf where entry_index >= ?")
                .param(size)
                .update();
    }

    /**
     * Puts back on the queue every recorded entry that is neither in the log nor queued, and drops every queue row
     * whose entry is missing; returns how many entries were queued again. A committed transaction never leaves either
     * (an entry is queued in its recording transaction and leaves the queue in the transaction that appends it); the
     * embedded database can, when the process is killed while it writes a commit that another session's commit
     * overlaps: it then keeps some tables' rows of a transaction and not others.
     */
    public int requeueStranded() {
        jdbc.sql("delete from ledger_pending p where not exists (select 1 from ledger_entry e where e.seq = p.seq)")
                .update();
        return jdbc.sql("insert into ledger_pending (seq) select e.seq from ledger_entry e"
                        + " where not exists (select 1 from ledger_leaf l where l.seq = e.seq)"
                        + " and not exists (select 1 from ledger_pending p where p.seq = e.seq)")
                .update();
    }

    /** Returns the oldest pending entries (at most {@code limit}) in recording order. */
    public List<Pending> oldestPending(int limit) {
        return jdbc.sql("select p.seq, e.entry from ledger_pending p join ledger_entry e on e.seq = p.seq"
                        + " order by p.seq limit ?")
                .param(limit)
                .query((rs, row) -> new Pending(rs.getLong(1), rs.getBytes(2)))
                .list();
    }

    /**
     * Appends pending entries to the log: stores their indexes, from {@code firstIndex} on, with their leaf hashes
     * in one batch and takes them off the queue.
     *
     * @throws IllegalStateException if an entry was no longer queued, so that the transaction rolls back
     */
    public void append(List<Pending> entries, long firstIndex, List<byte[]> leafHashes) {
        batch.batchUpdate(
                "insert into ledger_leaf (entry_index, seq, leaf_hash) values (?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setLong(1, firstIndex + i);
                        ps.setLong(2, entries.get(i).seq());
                        ps.setBytes(3, leafHashes.get(i));
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                });
        List<SeqRange> ranges =
                SeqRange.covering(entries.stream().mapToLong(Pending::seq).toArray());
        int[] deleted = batch.batchUpdate(
                "delete from ledger_pending where seq >= ? and seq <= ?", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setLong(1, ranges.get(i).first());
                        ps.setLong(2, ranges.get(i).last());
                    }

                    @Override
                    public int getBatchSize() {
                        return ranges.size();
                    }
                });
        if (IntStream.of(deleted).sum() != entries.size()) {
            throw new IllegalStateException("took " + IntStream.of(deleted).sum() + " of " + entries.size()
                    + " appended entries off the queue");
        }
    }

    /** Returns the leaf hashes of the entries with indexes [begin, end), in order. */
    public List<byte[]> leafHashes(long begin, long end) {
        return jdbc.sql("select leaf_hash from ledger_leaf where entry_index >= ? and entry_index < ?"
                        + " order by entry_index")
                .params(begin, end)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Returns the entry bytes with indexes [begin, end), in order. */
    public List<byte[]> entries(long begin, long end) {
        return jdbc.sql("select e.entry from ledger_leaf l join ledger_entry e on e.seq = l.seq"
                        + " where l.entry_index >= ? and l.entry_index < ? order by l.entry_index")
                .params(begin, end)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Returns the appended entry at an index, if there is one. */
    public Optional<Appended> at(long index) {
        return jdbc.sql(SELECT_APPENDED + " where l.entry_index = ?")
                .param(index)
                .query(LedgerEntries::appended)
                .optional();
    }

    /**
     * Where the entry of an event is: its index once appended, empty while it waits; no entry at all when the event
     * was never recorded.
     */
    public Optional<Optional<Long>> indexOfEvent(String eventKey) {
        return jdbc.sql("select l.entry_index from ledger_entry e left join ledger_leaf l on l.seq = e.seq"
                        + " where e.event_key = ?")
                .param(eventKey)
                .query((rs, row) -> Optional.ofNullable((Long) rs.getObject(1, Long.class)))
                .optional();
    }

    /** The indexes of the appended entries of these events, by event key; events not appended are left out. */
    public Map<String, Long> indexesOfEvents(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select e.event_key, l.entry_index from ledger_entry e join ledger_leaf l on l.seq = e.seq"
                        + " where e.event_key in (:keys)")
                .param("keys", List.copyOf(new HashSet<>(eventKeys)))
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Returns up to {@code limit} appended entries below index {@code before}, newest first. */
    public List<Appended> recent(long before, int limit) {
        return jdbc.sql(SELECT_APPENDED + " where l.entry_index < ? order by l.entry_index desc limit ?")
                .params(before, limit)
                .query(LedgerEntries::appended)
                .list();
    }

    private static final String SELECT_APPENDED =
            "select l.entry_index, e.entry_type, e.entry, l.leaf_hash, e.openings, e.enterprise, e.recorded_at"
                    + " from ledger_leaf l join ledger_entry e on e.seq = l.seq";

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

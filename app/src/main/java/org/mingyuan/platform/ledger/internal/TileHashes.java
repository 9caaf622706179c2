package org.mingyuan.platform.ledger.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hashes of tile levels 1 and up; level 0 hashes are the entries' leaf hashes. */
@Repository
public class TileHashes {

    /** Hash number {@code index} of tile level {@code level}. */
    public record TileHash(int level, long index, byte[] hash) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    /** Creates the repository over a database that has the ledger tables. */
    public TileHashes(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Stores new hashes in one batch. */
    public void insert(List<TileHash> hashes) {
        if (hashes.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                "insert into ledger_tile_hash (tile_level, hash_index, hash) values (?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setInt(1, hashes.get(i).level());
                        ps.setLong(2, hashes.get(i).index());
                        ps.setBytes(3, hashes.get(i).hash());
                    }

                    @Override
                    public int getBatchSize() {
                        return hashes.size();
                    }
                });
    }

    /** Returns the hashes of a tile level with indexes [begin, end), in order. */
    public List<byte[]> range(int level, long begin, long end) {
        return jdbc.sql("select hash from ledger_tile_hash where tile_level = ? and hash_index >= ? and hash_index < ?"
                        + " order by hash_index")
                .params(level, begin, end)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Removes the hashes of nodes that are not complete within a tree of {@code size} leaves. */
    public void discardBeyond(long size) {
        for (int level = 1; level < Long.SIZE; level++) {
            jdbc.sql("delete from ledger_tile_hash where tile_level = ? and hash_index >= ?")
                    .params(level, size >>> level)
                    .update();
        }
    }
}

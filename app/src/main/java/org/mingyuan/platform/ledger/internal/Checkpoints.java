package org.mingyuan.platform.ledger.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The checkpoints the log signed and the cosignatures witnesses returned for them. */
@Repository
public class Checkpoints {

    /** A signed checkpoint note and the size it covers. */
    public record Stored(long size, String signedNote, Instant signedAt) {}

    private final JdbcClient jdbc;

    /** Creates the repository over a database that has the ledger tables. */
    public Checkpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the newest signed checkpoint, if the log has signed one. */
    public Optional<Stored> latest() {
        return jdbc.sql("select tree_size, signed_note, signed_at from ledger_checkpoint"
                        + " order by tree_size desc limit 1")
                .query((rs, row) -> new Stored(
                        rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Stores a newly signed checkpoint. */
    public void insert(long size, String signedNote) {
        jdbc.sql("insert into ledger_checkpoint (tree_size, signed_note, signed_at) values (?, ?, ?)")
                .params(size, signedNote, Timestamp.from(Instant.now()))
                .update();
    }

    /** Stores a witness's cosignature line for the checkpoint of a size, replacing an older one. */
    public void addCosignature(long size, String witness, String signatureLine) {
        jdbc.sql("delete from ledger_cosignature where tree_size = ? and witness = ?")
                .params(size, witness)
                .update();
        jdbc.sql("insert into ledger_cosignature (tree_size, witness, signature_line) values (?, ?, ?)")
                .params(size, witness, signatureLine)
                .update();
    }

    /** Returns the cosignature lines stored for the checkpoint of a size, by witness name. */
    public List<String> cosignatures(long size) {
        return jdbc.sql("select signature_line from ledger_cosignature where tree_size = ? order by witness")
                .param(size)
                .query(String.class)
                .list();
    }
}

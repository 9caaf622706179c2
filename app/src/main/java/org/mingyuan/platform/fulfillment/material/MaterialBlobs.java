package org.mingyuan.platform.fulfillment.material;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The bytes of every material, once per SHA-256, in the database so that every instance serves them. Written and
 * read as streams: the bytes are never copied into the application's memory whole.
 */
@Repository
class MaterialBlobs {

    private final JdbcTemplate jdbc;

    MaterialBlobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores {@code content} under {@code sha256} unless bytes are already stored there (by this call's transaction or
     * any other); true when this call stored them. The bytes streamed are hashed again on their way, and a
     * difference from {@code sha256} (the source changed since it was inspected) fails the call.
     */
    boolean storeOnce(String sha256, long size, InputStreamSource content, Instant now) {
        Boolean held =
                jdbc.queryForObject("select count(*) > 0 from material_blob where sha256 = ?", Boolean.class, sha256);
        if (Boolean.TRUE.equals(held)) {
            return false;
        }
        MessageDigest digest = FileInspection.sha256();
        int stored;
        try (InputStream in = new DigestInputStream(content.getInputStream(), digest)) {
            stored = jdbc.update(
                    "insert into material_blob (sha256, size_bytes, content, stored_at) values (?, ?, ?, ?)"
                            + " on conflict do nothing",
                    statement -> {
                        statement.setString(1, sha256);
                        statement.setLong(2, size);
                        statement.setBinaryStream(3, in, Math.toIntExact(size));
                        statement.setTimestamp(4, Timestamp.from(now));
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload to store it", e);
        }
        String streamed = HexFormat.of().formatHex(digest.digest());
        if (stored == 1 && !streamed.equals(sha256)) {
            throw new IllegalStateException("stored bytes hash to " + streamed + ", want " + sha256);
        }
        return stored == 1;
    }

    /** Copies the bytes stored under {@code sha256} to {@code out}; false when there are none. */
    boolean copy(String sha256, OutputStream out) {
        Boolean found = jdbc.query(
                "select content from material_blob where sha256 = ?",
                rows -> {
                    if (!rows.next()) {
                        return false;
                    }
                    try (InputStream in = rows.getBinaryStream(1)) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return true;
                },
                sha256);
        return Boolean.TRUE.equals(found);
    }
}

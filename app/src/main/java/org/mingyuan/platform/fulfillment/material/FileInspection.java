package org.mingyuan.platform.fulfillment.material;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * What a file is by its bytes alone, read in one pass: its length, its SHA-256, and the media type Apache Tika's
 * magic detector finds in its first bytes. The file's name and the type a client declared are never consulted.
 */
final class FileInspection {

    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();
    private static final int HEADER = Math.max(DETECTOR.getMinLength(), 8192);

    private FileInspection() {}

    /**
     * What was read.
     *
     * @param size bytes read; {@code limit + 1} when the file is longer than the limit
     * @param detected the detected type; {@code application/octet-stream} when nothing matched
     */
    record Inspected(long size, String sha256, MediaType detected) {

        /** The format detected, if it is one a material may have. */
        Optional<MaterialFormat> format() {
            return MaterialFormat.of(detected, DETECTOR.getMediaTypeRegistry());
        }
    }

    /** Reads {@code content} to its end, or until it passes {@code limit} bytes. */
    static Inspected inspect(InputStream content, long limit) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] header = new byte[HEADER];
        int headerLength = 0;
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; size <= limit && (n = content.read(buffer)) >= 0; ) {
            int copied = Math.min(n, HEADER - headerLength);
            System.arraycopy(buffer, 0, header, headerLength, copied);
            headerLength += copied;
            sha256.update(buffer, 0, n);
            size += n;
        }
        return new Inspected(
                Math.min(size, limit + 1),
                HexFormat.of().formatHex(sha256.digest()),
                detect(Arrays.copyOf(header, headerLength)));
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static MediaType detect(byte[] header) throws IOException {
        try (TikaInputStream stream = TikaInputStream.get(header)) {
            return DETECTOR.detect(stream, new Metadata(), new ParseContext());
        }
    }
}

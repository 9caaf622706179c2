package org.mingyuan.ledger.tiles;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/** Entry bundles: a sequence of entries, each prefixed with its length as a big-endian uint16. */
public final class EntryBundle {

    /** The longest entry a bundle can hold. */
    public static final int MAX_ENTRY_SIZE = 0xFFFF;

    private EntryBundle() {}

    /** Returns the bundle bytes of the entries; throws IllegalArgumentException for an entry over 65535 bytes. */
    public static byte[] encode(List<byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        entries.forEach(entry -> append(out, entry));
        return out.toByteArray();
    }

    /** Appends one length-prefixed entry to a bundle being written. */
    public static void append(ByteArrayOutputStream out, byte[] entry) {
        if (entry.length > MAX_ENTRY_SIZE) {
            throw new IllegalArgumentException("entry has " + entry.length + " bytes, want at most 65535");
        }
        out.write(entry.length >>> 8);
        out.write(entry.length & 0xFF);
        out.writeBytes(entry);
    }

    /**
     * Returns the entries of a bundle.
     *
     * @throws IllegalArgumentException if a length prefix runs past the end
     */
    public static List<byte[]> decode(byte[] bundle) {
        List<byte[]> entries = new ArrayList<>();
        int pos = 0;
        while (pos < bundle.length) {
            if (pos + 2 > bundle.length) {
                throw new IllegalArgumentException("bundle ends inside the length of entry " + entries.size());
            }
            int length = ((bundle[pos] & 0xFF) << 8) | (bundle[pos + 1] & 0xFF);
            pos += 2;
            if (pos + length > bundle.length) {
                throw new IllegalArgumentException("entry " + entries.size() + " runs past the end of the bundle");
            }
            byte[] entry = new byte[length];
            System.arraycopy(bundle, pos, entry, 0, length);
            entries.add(entry);
            pos += length;
        }
        return entries;
    }
}

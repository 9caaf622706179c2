package org.mingyuan.platform.evaluation.report;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * Reads only the table directories of a font file (OpenType, TrueType or a collection of them) to tell whether any
 * of its fonts has TrueType ({@code glyf}) outlines, without parsing the font.
 */
final class SfntTables {

    private static final int TTCF = 0x74746366; // 'ttcf'
    private static final int GLYF = 0x676c7966; // 'glyf'
    private static final int MOST_FONTS = 64;
    private static final int MOST_TABLES = 256;

    private SfntTables() {}

    /** Whether some font in {@code file} has a {@code glyf} table; false for anything that is no font file. */
    static boolean hasTrueTypeOutlines(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            if (in.length() < 12) {
                return false;
            }
            if (in.readInt() != TTCF) {
                return hasGlyf(in, 0);
            }
            in.seek(8);
            int fonts = in.readInt();
            if (fonts < 1 || fonts > MOST_FONTS) {
                return false;
            }
            long[] offsets = new long[fonts];
            for (int i = 0; i < fonts; i++) {
                offsets[i] = Integer.toUnsignedLong(in.readInt());
            }
            for (long offset : offsets) {
                if (hasGlyf(in, offset)) {
                    return true;
                }
            }
            return false;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private static boolean hasGlyf(RandomAccessFile in, long offset) throws IOException {
        in.seek(offset + 4);
        int tables = in.readUnsignedShort();
        if (tables > MOST_TABLES) {
            return false;
        }
        for (int i = 0; i < tables; i++) {
            in.seek(offset + 12 + 16L * i);
            if (in.readInt() == GLYF) {
                return true;
            }
        }
        return false;
    }
}

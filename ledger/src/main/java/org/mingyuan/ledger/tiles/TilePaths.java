package org.mingyuan.ledger.tiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Formats and parses tlog-tiles paths; tile indexes are written in three-digit groups, all but the last x-prefixed. */
public final class TilePaths {

    private static final Pattern PATH =
            Pattern.compile("tile/(entries|[0-7])/((?:x[0-9]{3}/)*[0-9]{3})(?:\\.p/([1-9][0-9]{0,2}))?");

    private TilePaths() {}

    /** Returns the path form of a tile index, e.g. 1234067 → {@code x001/x234/067}. */
    public static String index(long n) {
        String digits = Long.toString(n);
        digits = "0".repeat((3 - digits.length() % 3) % 3) + digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (i + 3 < digits.length()) {
                out.append('x').append(digits, i, i + 3).append('/');
            } else {
                out.append(digits, i, i + 3);
            }
        }
        return out.toString();
    }

    /**
     * Parses a path below the log prefix into a tile or entry bundle reference.
     *
     * @throws IllegalArgumentException if it is not a tile path, or a partial width is not below 256
     */
    public static TileRef parse(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a tile path: " + path);
        }
        String digits = m.group(2).replace("x", "").replace("/", "");
        if (digits.length() > 18) {
            throw new IllegalArgumentException("tile index too large: " + path);
        }
        if (digits.length() > 3 && digits.startsWith("000")) {
            throw new IllegalArgumentException("tile index has a leading zero group: " + path);
        }
        long index = Long.parseLong(digits);
        int width = m.group(3) == null ? TileLayout.WIDTH : Integer.parseInt(m.group(3));
        if (m.group(3) != null && width >= TileLayout.WIDTH) {
            throw new IllegalArgumentException("partial width " + width + " must be below 256: " + path);
        }
        return m.group(1).equals("entries")
                ? new EntryBundleId(index, width)
                : new TileId(Integer.parseInt(m.group(1)), index, width);
    }
}

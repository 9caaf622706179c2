package org.mingyuan.rules.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/**
 * Text values numbered in order of first sight, each with the bitmap of rows that hold it. A lazy dictionary (for
 * free text, where nearly every value is its own) gives a value its bitmap only when asked for it.
 */
final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final List<RoaringBitmap> rows = new ArrayList<>();
    private final boolean lazy;

    Dictionary(boolean lazy) {
        this.lazy = lazy;
    }

    int codeOf(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        codes.put(value, values.size());
        values.add(value);
        rows.add(lazy ? null : new RoaringBitmap());
        return values.size() - 1;
    }

    int find(String value) {
        return codes.getOrDefault(value, -1);
    }

    int size() {
        return values.size();
    }

    String value(int code) {
        return values.get(code);
    }

    /** Returns the bitmap of a code's rows, or null when a lazy dictionary has not made it yet. */
    RoaringBitmap rows(int code) {
        return rows.get(code);
    }

    /** Gives a code of a lazy dictionary its bitmap. */
    void setRows(int code, RoaringBitmap bitmap) {
        rows.set(code, bitmap);
    }
}

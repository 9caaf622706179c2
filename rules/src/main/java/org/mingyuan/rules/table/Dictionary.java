package org.mingyuan.rules.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;

/** Text values numbered in order of first sight, each with the bitmap of rows that hold it. */
final class Dictionary {

    private final Map<String, Integer> codes = new HashMap<>();
    private final List<String> values = new ArrayList<>();
    private final List<RoaringBitmap> rows = new ArrayList<>();

    int codeOf(String value) {
        Integer code = codes.get(value);
        if (code != null) {
            return code;
        }
        codes.put(value, values.size());
        values.add(value);
        rows.add(new RoaringBitmap());
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

    RoaringBitmap rows(int code) {
        return rows.get(code);
    }
}

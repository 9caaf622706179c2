package org.mingyuan.rules.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mingyuan.rules.schema.Fact;
import org.roaringbitmap.RoaringBitmap;

/** A column of text sets, with one bitmap per element value. */
public final class SetColumn implements Column {

    private static final RoaringBitmap EMPTY = new RoaringBitmap();

    private final Fact fact;
    private final Dictionary dictionary = new Dictionary(false);
    private final RoaringBitmap present = new RoaringBitmap();
    private int[][] codes = new int[0][];

    SetColumn(Fact fact) {
        this.fact = fact;
        fact.values().forEach(dictionary::codeOf);
    }

    @Override
    public Fact fact() {
        return fact;
    }

    @Override
    public boolean isPresent(int row) {
        return codes[row] != null;
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    /** Returns the rows whose set holds this element; the caller must not modify it. */
    public RoaringBitmap rowsWith(String element) {
        int code = dictionary.find(element);
        return code < 0 ? EMPTY : dictionary.rows(code);
    }

    /** Returns the code of an element, or -1 when no row ever held it. */
    public int codeOf(String element) {
        return dictionary.find(element);
    }

    /** Returns the element with this code. */
    public String value(int code) {
        return dictionary.value(code);
    }

    /** Returns the codes of a row's elements, or null when missing; the caller must not modify it. */
    public int[] codes(int row) {
        return codes[row];
    }

    /** Tells whether a present row's set holds the element. */
    public boolean contains(int row, String element) {
        int code = dictionary.find(element);
        return code >= 0 && dictionary.rows(code).contains(row);
    }

    @Override
    public List<String> celValue(int row) {
        int[] held = codes[row];
        if (held == null) {
            return null;
        }
        List<String> elements = new ArrayList<>(held.length);
        for (int code : held) {
            elements.add(dictionary.value(code));
        }
        return elements;
    }

    @Override
    public boolean set(int row, Object value) {
        int[] old = codes[row];
        int[] fresh = null;
        if (value != null) {
            List<?> elements = (List<?>) value;
            fresh = new int[elements.size()];
            for (int i = 0; i < fresh.length; i++) {
                fresh[i] = dictionary.codeOf((String) elements.get(i));
            }
        }
        if (Arrays.equals(old, fresh)) {
            return false;
        }
        if (old != null) {
            for (int code : old) {
                dictionary.rows(code).remove(row);
            }
        }
        codes[row] = fresh;
        if (fresh == null) {
            present.remove(row);
        } else {
            for (int code : fresh) {
                dictionary.rows(code).add(row);
            }
            present.add(row);
        }
        return true;
    }

    @Override
    public void ensureCapacity(int rows) {
        if (rows > codes.length) {
            codes = Arrays.copyOf(codes, Math.max(rows, codes.length * 2));
        }
    }
}

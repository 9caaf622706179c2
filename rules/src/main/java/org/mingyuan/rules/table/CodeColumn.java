package org.mingyuan.rules.table;

import java.util.Arrays;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactType;
import org.roaringbitmap.RoaringBitmap;
import org.roaringbitmap.RoaringBitmapWriter;

/**
 * A dictionary-encoded column of text, enumeration or yes-or-no facts, with one bitmap per
 * distinct value.
 */
public final class CodeColumn implements Column {

    private static final RoaringBitmap EMPTY = new RoaringBitmap();

    private final Fact fact;
    private final Dictionary dictionary;
    private final RoaringBitmap present = new RoaringBitmap();
    private int[] codes = new int[0];

    CodeColumn(Fact fact) {
        this.fact = fact;
        this.dictionary = new Dictionary(fact.type() == FactType.TEXT);
        if (fact.type() == FactType.BOOLEAN) {
            dictionary.codeOf("false");
            dictionary.codeOf("true");
        }
        fact.values().forEach(dictionary::codeOf);
    }

    @Override
    public Fact fact() {
        return fact;
    }

    @Override
    public boolean isPresent(int row) {
        return codes[row] >= 0;
    }

    @Override
    public RoaringBitmap present() {
        return present;
    }

    /** Returns the rows holding this value; the caller must not modify it. */
    public RoaringBitmap rowsWith(String value) {
        int code = dictionary.find(value);
        if (code < 0) {
            return EMPTY;
        }
        RoaringBitmap rows = dictionary.rows(code);
        return rows != null ? rows : rowsOfCode(code);
    }

    /** Makes the bitmap of a free-text value on first need, from the codes. */
    private synchronized RoaringBitmap rowsOfCode(int code) {
        RoaringBitmap rows = dictionary.rows(code);
        if (rows == null) {
            RoaringBitmapWriter<RoaringBitmap> writer =
                    RoaringBitmapWriter.writer().get();
            for (int row = 0; row < codes.length; row++) {
                if (codes[row] == code) {
                    writer.add(row);
                }
            }
            rows = writer.get();
            dictionary.setRows(code, rows);
        }
        return rows;
    }

    /** Returns the code of each row's value, -1 where missing; read it under the table's read lock. */
    public int[] codes() {
        return codes;
    }

    /** Returns the code of a value, or -1 when no row ever held it. */
    public int codeOf(String value) {
        return dictionary.find(value);
    }

    /** Returns the value of a code. */
    public String value(int code) {
        return dictionary.value(code);
    }

    /** Returns how many distinct values the column has seen: codes run from 0 to this, exclusive. */
    public int distinctValues() {
        return dictionary.size();
    }

    /** Returns the text of a row's value (for yes-or-no facts "true" or "false"), or null. */
    public String text(int row) {
        int code = codes[row];
        return code < 0 ? null : dictionary.value(code);
    }

    @Override
    public Object celValue(int row) {
        String text = text(row);
        if (text == null || fact.type() != FactType.BOOLEAN) {
            return text;
        }
        return Boolean.valueOf(text);
    }

    @Override
    public boolean set(int row, Object value) {
        int old = codes[row];
        int code = value == null ? -1 : dictionary.codeOf(value.toString());
        if (code == old) {
            return false;
        }
        if (old >= 0 && dictionary.rows(old) != null) {
            dictionary.rows(old).remove(row);
        }
        codes[row] = code;
        if (code < 0) {
            present.remove(row);
        } else {
            if (dictionary.rows(code) != null) {
                dictionary.rows(code).add(row);
            }
            present.add(row);
        }
        return true;
    }

    @Override
    public void ensureCapacity(int rows) {
        if (rows > codes.length) {
            int old = codes.length;
            codes = Arrays.copyOf(codes, Math.max(rows, old * 2));
            Arrays.fill(codes, old, codes.length, -1);
        }
    }
}

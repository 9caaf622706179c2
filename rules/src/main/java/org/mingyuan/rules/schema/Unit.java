package org.mingyuan.rules.schema;

/** The unit a fact is measured in, written in Chinese and English; empty strings for none. */
public record Unit(String zh, String en) {

    /** No unit. */
    public static final Unit NONE = new Unit("", "");

    /** Creates a unit with both spellings. */
    public static Unit of(String zh, String en) {
        return new Unit(zh, en);
    }
}

package org.mingyuan.rules.schema;

import java.util.List;
import java.util.Objects;

/**
 * One named, typed fact of an enterprise, with the labels and unit used in explanations.
 *
 * @param name the identifier clauses use, e.g. {@code revenue}
 * @param type the kind of value
 * @param labelZh the label in Simplified Chinese, e.g. {@code 营业收入}
 * @param labelEn the label in English, e.g. {@code revenue}
 * @param unit the unit, {@link Unit#NONE} when there is none
 * @param values the allowed values of an enumeration, or the known values of a set (may be
 *     empty for a set); empty for other types
 * @param maxSize the largest number of elements a set may hold (bounds the cost of clauses); 0
 *     for other types
 */
public record Fact(
        String name, FactType type, String labelZh, String labelEn, Unit unit, List<String> values, int maxSize) {

    /** Checks the parts and copies the value list. */
    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(labelZh, "labelZh");
        Objects.requireNonNull(labelEn, "labelEn");
        Objects.requireNonNull(unit, "unit");
        values = List.copyOf(values);
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("fact name '" + name + "' is not an identifier");
        }
        if (type == FactType.ENUMERATION && values.isEmpty()) {
            throw new IllegalArgumentException("enumeration fact " + name + " has no values");
        }
        if (type == FactType.TEXT_SET && maxSize <= 0) {
            throw new IllegalArgumentException("set fact " + name + " has max size " + maxSize + ", want > 0");
        }
    }
}

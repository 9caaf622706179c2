package org.mingyuan.rules.table;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.mingyuan.rules.schema.Fact;

/** Checks an application-supplied value against its fact and brings it into column form. */
final class FactValues {

    private FactValues() {}

    /** Returns the column form of the value, or null when the value is null (missing). */
    static Object normalize(Fact fact, Object value) {
        if (value == null) {
            return null;
        }
        return switch (fact.type()) {
            case INTEGER -> integer(fact, value);
            case DECIMAL -> decimal(fact, value);
            case DATE -> date(fact, value);
            case TEXT -> text(fact, value);
            case ENUMERATION -> enumeration(fact, value);
            case TEXT_SET -> textSet(fact, value);
            case BOOLEAN -> bool(fact, value);
        };
    }

    private static Long integer(Fact fact, Object value) {
        if (value instanceof Long whole) {
            return whole;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        throw wrong(fact, "a whole number", value);
    }

    private static Double decimal(Fact fact, Object value) {
        if (value instanceof Double decimal && Double.isFinite(decimal)) {
            return decimal;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
        }
        throw wrong(fact, "a finite decimal number", value);
    }

    private static Long date(Fact fact, Object value) {
        if (value instanceof LocalDate date) {
            return date.toEpochDay();
        }
        throw wrong(fact, "a LocalDate", value);
    }

    private static String text(Fact fact, Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw wrong(fact, "text", value);
    }

    private static String enumeration(Fact fact, Object value) {
        String text = text(fact, value);
        if (!fact.values().contains(text)) {
            throw new IllegalArgumentException(
                    "fact " + fact.name() + " has no value '" + text + "'; allowed: " + fact.values());
        }
        return text;
    }

    private static List<String> textSet(Fact fact, Object value) {
        if (!(value instanceof Collection<?> collection)) {
            throw wrong(fact, "a collection of text", value);
        }
        LinkedHashSet<String> elements = new LinkedHashSet<>();
        for (Object element : collection) {
            elements.add(text(fact, element));
        }
        if (elements.size() > fact.maxSize()) {
            throw new IllegalArgumentException("fact " + fact.name() + " holds " + elements.size()
                    + " elements, at most " + fact.maxSize() + " allowed");
        }
        return List.copyOf(elements);
    }

    private static Boolean bool(Fact fact, Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw wrong(fact, "true or false", value);
    }

    private static IllegalArgumentException wrong(Fact fact, String wanted, Object got) {
        return new IllegalArgumentException("fact " + fact.name() + " wants " + wanted + ", got "
                + got.getClass().getSimpleName() + " " + got);
    }
}

package org.mingyuan.ledger.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serialises Java values as RFC 8785 canonical JSON (JCS).
 *
 * <p>Accepts {@code Map<String, ?>} (objects), {@code List<?>} (arrays), {@code String}, {@code Boolean},
 * {@code null} and {@code Number}. Object members are sorted by the UTF-16 code units of their names, numbers
 * are written as ECMAScript doubles, strings with the minimal escapes. Integers beyond ±2^53 and decimals that
 * are not exactly a double are refused rather than silently rounded.
 */
public final class CanonicalJson {

    private static final long MAX_SAFE_INTEGER = (1L << 53);

    private CanonicalJson() {}

    /** Returns the canonical JSON text of a value. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    /** Returns the UTF-8 bytes of the canonical JSON text of a value. */
    public static byte[] bytes(Object value) {
        return write(value).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the canonical form of a JSON text. */
    public static String canonicalize(String json) {
        return write(JsonParser.parse(json));
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Number n) {
            out.append(EcmaNumbers.format(toDouble(n)));
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException(
                    "no JSON form for " + value.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        List<String> names = new ArrayList<>(map.size());
        for (Object key : map.keySet()) {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("object member name " + key + " is not a string");
            }
            names.add(name);
        }
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, names.get(i));
            out.append(':');
            append(out, map.get(names.get(i)));
        }
        out.append('}');
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !isPairAt(s, i)) {
                        throw new IllegalArgumentException("string has a lone surrogate at " + i);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isPairAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static double toDouble(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return n.doubleValue();
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            long v = n.longValue();
            if (Math.abs(v) > MAX_SAFE_INTEGER) {
                throw new IllegalArgumentException("integer " + v + " is beyond ±2^53, not exact as a JSON number");
            }
            return v;
        }
        BigDecimal exact = n instanceof BigInteger bi ? new BigDecimal(bi) : new BigDecimal(n.toString());
        double d = exact.doubleValue();
        if (Double.isInfinite(d) || new BigDecimal(d).compareTo(exact) != 0) {
            throw new IllegalArgumentException("number " + n + " is not exactly a double");
        }
        return d;
    }
}

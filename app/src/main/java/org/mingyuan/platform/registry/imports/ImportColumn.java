package org.mingyuan.platform.registry.imports;

import java.util.Locale;

/**
 * One fixed column of an import file: headed {@code 中文 (key)}; a header of either part alone is
 * accepted too.
 *
 * @param key the English key, e.g. {@code creditCode}
 * @param zh the Chinese label, e.g. {@code 统一社会信用代码}
 * @param required true when every row must fill it
 * @param example the value of the templates' example row
 */
public record ImportColumn(String key, String zh, boolean required, String example) {

    /** The header as the templates write it, e.g. {@code 统一社会信用代码 (creditCode)}. */
    public String header() {
        return zh + " (" + key + ")";
    }

    /** True when {@code text} heads this column: the full header, the label or the key (any case). */
    boolean heads(String text) {
        String given = normal(text);
        return given.equals(normal(header())) || given.equals(normal(zh)) || given.equals(normal(key));
    }

    /** Ignores case, spaces and the difference between full-width and ASCII parentheses. */
    private static String normal(String text) {
        return text.replace('（', '(').replace('）', ')').replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}

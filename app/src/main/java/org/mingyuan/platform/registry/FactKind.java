package org.mingyuan.platform.registry;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A kind of fact the registry keeps about enterprises, kept as data: administrators add kinds without a code change,
 * and each can at once be declared, verified, imported and read by clauses.
 *
 * @param key the kind's stable key, upper case with underscores, e.g. {@code REVENUE}, {@code TAX_IN_DISTRICT}
 * @param unitZh the unit in Chinese (万元, 人, 项, m²), null for none
 * @param departmentsOnly true when only departments (officers, administrators, verified imports) may state it, never
 *     the enterprise itself, e.g. 信用良好
 * @param builtIn true for the kinds the platform ships with; they cannot be removed
 */
public record FactKind(
        String key,
        String labelZh,
        String labelEn,
        FactValueType type,
        @Nullable String unitZh,
        @Nullable String unitEn,
        boolean departmentsOnly,
        boolean builtIn) {

    /** The name clauses use for this kind: its key in lower camel case, {@code TAX_IN_DISTRICT} as {@code taxInDistrict}. */
    public String clauseKey() {
        return clauseKey(key);
    }

    /** The name clauses use for the kind with this key. */
    public static String clauseKey(String key) {
        StringBuilder name = new StringBuilder(key.length());
        boolean upper = false;
        for (char c : key.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = name.length() > 0;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** The label in {@code locale}'s language: English for English, Chinese otherwise. */
    public String label(Locale locale) {
        return english(locale) ? labelEn : labelZh;
    }

    /** The unit in {@code locale}'s language; null when the kind has none. */
    public @Nullable String unit(Locale locale) {
        return english(locale) ? unitEn : unitZh;
    }

    /** True when values are numbers (decimal or whole). */
    public boolean numeric() {
        return type == FactValueType.NUMBER || type == FactValueType.INTEGER;
    }

    /** True when values are whole numbers (people, items). */
    public boolean whole() {
        return type == FactValueType.INTEGER;
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}

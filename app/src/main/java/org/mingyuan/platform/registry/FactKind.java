package org.mingyuan.platform.registry;

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
        boolean builtIn) {}

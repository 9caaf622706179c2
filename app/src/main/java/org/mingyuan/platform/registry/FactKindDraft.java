package org.mingyuan.platform.registry;

import org.jspecify.annotations.Nullable;

/**
 * A fact kind an administrator asks to add; checked whole before it is stored.
 *
 * @param key upper case letters, digits and underscores, starting with a letter, 2 to 40 characters
 * @param unitZh optional, with {@code unitEn}: both or neither
 */
public record FactKindDraft(
        @Nullable String key,
        @Nullable String labelZh,
        @Nullable String labelEn,
        @Nullable FactValueType type,
        @Nullable String unitZh,
        @Nullable String unitEn,
        @Nullable Boolean departmentsOnly) {}

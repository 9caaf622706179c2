package org.mingyuan.platform.evaluation.system;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of a draft version: its note and its tree, replaced as a whole.
 *
 * @param nameZh the system's new name; null keeps it
 * @param noteZh where the content comes from, e.g. which parts the platform wrote; null for none
 */
public record SystemDraft(
        @Nullable String nameZh,
        @Nullable String nameEn,
        @Nullable String noteZh,
        @Nullable String noteEn,
        List<Category> categories) {

    /** Copies the tree; absent means empty (and is refused by the rules). */
    public SystemDraft {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The draft of {@code version} as it stands. */
    public static SystemDraft of(SystemVersion version) {
        return new SystemDraft(null, null, version.noteZh(), version.noteEn(), version.categories());
    }
}

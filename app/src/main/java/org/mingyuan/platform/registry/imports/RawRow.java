package org.mingyuan.platform.registry.imports;

import org.jspecify.annotations.Nullable;

/**
 * One data row of an import file, its cells in the kind's column order.
 *
 * @param row the row number as a spreadsheet shows it
 * @param cells stripped cell texts, null where blank; one per column of the kind
 */
record RawRow(int row, @Nullable String[] cells) {}

package org.mingyuan.platform.registry.imports;

import java.util.List;

/**
 * One problem with one cell of an import file.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the key of the column, e.g. {@code creditCode}
 * @param code message code of the reason, resolved in the reader's language
 * @param args arguments of the message
 */
public record ImportProblem(int row, String column, String code, List<Object> args) {}

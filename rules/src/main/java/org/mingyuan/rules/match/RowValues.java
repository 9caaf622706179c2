package org.mingyuan.rules.match;

import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;
import org.mingyuan.rules.table.FactTable;

/** Serves one row's facts to CEL; a missing fact is absent, which CEL treats as unknown. */
final class RowValues implements CelVariableResolver {

    private final FactTable table;
    private final int row;

    RowValues(FactTable table, int row) {
        this.table = table;
        this.row = row;
    }

    @Override
    public Optional<Object> find(String name) {
        return table.schema().find(name).map(fact -> table.column(fact.name()).celValue(row));
    }
}

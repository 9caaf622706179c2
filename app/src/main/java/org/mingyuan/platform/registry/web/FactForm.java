package org.mingyuan.platform.registry.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.RegistryTime;

/**
 * The "declare a fact" form as typed, kept to show it again with its problems.
 *
 * @param source DECLARED or VERIFIED; only officials who may verify see the choice
 */
record FactForm(
        @Nullable String name,
        @Nullable String value,
        @Nullable String periodStart,
        @Nullable String periodEnd,
        @Nullable String source,
        @Nullable String sourceNote) {

    /** The longest note the registry keeps. */

    /** An empty form for a figure as of today. */
    static FactForm blank() {
        return new FactForm(null, null, null, RegistryTime.today().toString(), FactSource.DECLARED.name(), null);
    }

    /** The statement the form makes; values that cannot be read are noted in {@code problems}. */
    FactStatement statement(List<FieldProblem> problems) {
        String note = FormValues.text(sourceNote);
        return new FactStatement(
                FormValues.text(name),
                FormValues.text(value),
                FormValues.date("periodStart", periodStart, problems),
                FormValues.date("periodEnd", periodEnd, problems),
                FormValues.choice("source", source, FactSource.class, problems),
                note);
    }
}

package org.mingyuan.rules.clause;

import dev.cel.common.ast.CelExpr;
import java.util.Set;
import org.mingyuan.rules.schema.FactSchema;

/** Collects the facts an expression reads. */
final class FactReferences {

    private FactReferences() {}

    static void collect(CelExpr expr, FactSchema schema, Set<String> facts) {
        switch (expr.getKind()) {
            case IDENT -> schema.find(expr.ident().name()).ifPresent(f -> facts.add(f.name()));
            case SELECT -> collect(expr.select().operand(), schema, facts);
            case CALL -> {
                expr.call().target().ifPresent(t -> collect(t, schema, facts));
                expr.call().args().forEach(a -> collect(a, schema, facts));
            }
            case LIST -> expr.list().elements().forEach(e -> collect(e, schema, facts));
            case MAP ->
                expr.map().entries().forEach(e -> {
                    collect(e.key(), schema, facts);
                    collect(e.value(), schema, facts);
                });
            case COMPREHENSION -> {
                var c = expr.comprehension();
                for (CelExpr part :
                        new CelExpr[] {c.iterRange(), c.accuInit(), c.loopCondition(), c.loopStep(), c.result()}) {
                    collect(part, schema, facts);
                }
            }
            default -> {}
        }
    }
}

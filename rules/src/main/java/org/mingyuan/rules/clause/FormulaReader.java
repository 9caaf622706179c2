package org.mingyuan.rules.clause;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.ExprKind.Kind;
import dev.cel.common.types.SimpleType;
import java.util.List;
import java.util.Optional;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.FactType;

/**
 * Reads an amount expression as a {@link Formula} when every step is decimal arithmetic with
 * the same result CEL would give; anything else stays with CEL.
 */
final class FormulaReader {

    private final FactSchema schema;
    private final CelAbstractSyntaxTree ast;

    FormulaReader(FactSchema schema, CelAbstractSyntaxTree ast) {
        this.schema = schema;
        this.ast = ast;
    }

    Optional<Formula> read() {
        CelExpr root = ast.getExpr();
        if (root.getKind() == Kind.CONSTANT && root.constant().getKind() == CelConstant.Kind.INT64_VALUE) {
            return Optional.of(new Formula.Constant(root.constant().int64Value()));
        }
        return Optional.ofNullable(decimal(root));
    }

    /** Returns the expression as a decimal formula, or null when CEL must evaluate it. */
    Formula decimal(CelExpr expr) {
        if (!SimpleType.DOUBLE.equals(ast.getType(expr.id()).orElse(null))) {
            return null;
        }
        return switch (expr.getKind()) {
            case CONSTANT -> new Formula.Constant(expr.constant().doubleValue());
            case IDENT ->
                schema.find(expr.ident().name())
                        .map(f -> (Formula) new Formula.FactValue(f.name()))
                        .orElse(null);
            case CALL -> call(expr.call().function(), expr.call().args());
            default -> null;
        };
    }

    private Formula call(String function, List<CelExpr> args) {
        if (function.equals("double") && args.size() == 1 && args.get(0).getKind() == Kind.IDENT) {
            Optional<Fact> fact = schema.find(args.get(0).ident().name());
            return fact.filter(f -> f.type() == FactType.INTEGER)
                    .map(f -> (Formula) new Formula.FactValue(f.name()))
                    .orElse(null);
        }
        Formula[] parts = new Formula[args.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = decimal(args.get(i));
            if (parts[i] == null) {
                return null;
            }
        }
        return switch (function) {
            case "_+_" -> new Formula.Arithmetic('+', parts[0], parts[1]);
            case "_-_" -> new Formula.Arithmetic('-', parts[0], parts[1]);
            case "_*_" -> new Formula.Arithmetic('*', parts[0], parts[1]);
            case "_/_" -> new Formula.Arithmetic('/', parts[0], parts[1]);
            case "-_" -> new Formula.Negated(parts[0]);
            case "min" -> new Formula.Extreme(true, parts[0], parts[1]);
            case "max" -> new Formula.Extreme(false, parts[0], parts[1]);
            case "round" -> new Formula.Rounded(parts[0]);
            default -> null;
        };
    }
}

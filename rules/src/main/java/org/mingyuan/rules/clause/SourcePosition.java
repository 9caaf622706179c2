package org.mingyuan.rules.clause;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.ast.CelExpr;

/** Turns an expression node into the line and column (from 1) it was written at. */
final class SourcePosition {

    private SourcePosition() {}

    static ClauseError error(ClauseError.Part part, CelAbstractSyntaxTree ast, CelExpr expr, String message) {
        Integer offset = ast.getSource().getPositionsMap().get(expr.id());
        CelSourceLocation location = offset == null
                ? CelSourceLocation.of(1, 0)
                : ast.getSource().getOffsetLocation(offset).orElse(CelSourceLocation.of(1, 0));
        return new ClauseError(part, location.getLine(), location.getColumn() + 1, message);
    }
}

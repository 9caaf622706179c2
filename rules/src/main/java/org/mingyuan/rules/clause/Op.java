package org.mingyuan.rules.clause;

/** A comparison operator between a fact and a constant. */
public enum Op {
    LT("<"),
    LE("≤"),
    GT(">"),
    GE("≥"),
    EQ("="),
    NE("≠");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    /** Returns the symbol shown in explanations. */
    public String symbol() {
        return symbol;
    }

    /** Tells whether a comparison result ({@code compare(fact, constant)}) satisfies the operator. */
    public boolean holds(int comparison) {
        return switch (this) {
            case LT -> comparison < 0;
            case LE -> comparison <= 0;
            case GT -> comparison > 0;
            case GE -> comparison >= 0;
            case EQ -> comparison == 0;
            case NE -> comparison != 0;
        };
    }

    /** Returns the operator with its sides swapped: {@code 5 < x} is {@code x > 5}. */
    public Op swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            case EQ, NE -> this;
        };
    }

    /** Returns the operator of a CEL function name, or null. */
    static Op ofFunction(String function) {
        return switch (function) {
            case "_<_" -> LT;
            case "_<=_" -> LE;
            case "_>_" -> GT;
            case "_>=_" -> GE;
            case "_==_" -> EQ;
            case "_!=_" -> NE;
            default -> null;
        };
    }
}

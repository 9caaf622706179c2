package org.mingyuan.rules.clause;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelExpr.ExprKind.Kind;
import dev.cel.parser.CelUnparserFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.FactType;

/**
 * Splits a checked eligibility expression into indexable tests joined by and, or and not, and
 * residual sub-expressions; reports constants an enumeration or date cannot take.
 */
final class ConditionSplitter {

    private final FactSchema schema;
    private final CelAbstractSyntaxTree ast;
    private final List<ClauseError> errors;

    ConditionSplitter(FactSchema schema, CelAbstractSyntaxTree ast, List<ClauseError> errors) {
        this.schema = schema;
        this.ast = ast;
        this.errors = errors;
    }

    Condition split() {
        return split(ast.getExpr());
    }

    private Condition split(CelExpr expr) {
        if (expr.getKind() == Kind.CONSTANT && expr.constant().getKind() == CelConstant.Kind.BOOLEAN_VALUE) {
            return new Condition.Constant(expr.constant().booleanValue());
        }
        Optional<Fact> fact = fact(expr);
        if (fact.isPresent() && fact.get().type() == FactType.BOOLEAN) {
            return new Test.IsTrue(fact.get().name());
        }
        if (expr.getKind() == Kind.CALL) {
            String function = expr.call().function();
            List<CelExpr> args = expr.call().args();
            Condition split = switch (function) {
                case "_&&_" -> new Condition.All(flatten(expr, function, new ArrayList<>()));
                case "_||_" -> new Condition.Any(flatten(expr, function, new ArrayList<>()));
                case "!_" -> new Condition.Not(split(args.get(0)));
                case "@in" -> membership(args.get(0), args.get(1));
                default -> comparison(expr, Op.ofFunction(function), args);
            };
            if (split != null) {
                return split;
            }
        }
        return residual(expr);
    }

    private List<Condition> flatten(CelExpr expr, String function, List<Condition> parts) {
        for (CelExpr arg : expr.call().args()) {
            if (arg.getKind() == Kind.CALL && arg.call().function().equals(function)) {
                flatten(arg, function, parts);
            } else {
                parts.add(split(arg));
            }
        }
        return parts;
    }

    private Condition comparison(CelExpr expr, Op op, List<CelExpr> args) {
        if (op == null || args.size() != 2) {
            return null;
        }
        Condition left = comparison(op, args.get(0), args.get(1));
        Condition test = left != null ? left : comparison(op.swapped(), args.get(1), args.get(0));
        return test != null ? test : computed(expr, op, args.get(0), args.get(1));
    }

    private Condition computed(CelExpr expr, Op op, CelExpr left, CelExpr right) {
        FormulaReader reader = new FormulaReader(schema, ast);
        Formula leftFormula = numberOrFormula(reader, left);
        Formula rightFormula = numberOrFormula(reader, right);
        if (leftFormula == null || rightFormula == null) {
            return null;
        }
        Condition.Residual text = residual(expr);
        if (text.facts().isEmpty()) {
            return null;
        }
        return new Test.Computed(
                leftFormula, op, rightFormula, text.source(), text.facts(), isWhole(left) || isWhole(right));
    }

    private static Formula numberOrFormula(FormulaReader reader, CelExpr expr) {
        if (expr.getKind() == Kind.CONSTANT && expr.constant().getKind() == CelConstant.Kind.INT64_VALUE) {
            return new Formula.Constant(expr.constant().int64Value());
        }
        return reader.decimal(expr);
    }

    private Condition comparison(Op op, CelExpr subject, CelExpr constant) {
        Optional<Fact> aged = yearsSinceOf(subject);
        if (aged.isPresent()
                && constant.getKind() == Kind.CONSTANT
                && constant.constant().getKind() == CelConstant.Kind.INT64_VALUE) {
            return new Test.YearsSince(
                    aged.get().name(), op, constant.constant().int64Value());
        }
        Optional<Fact> found = fact(subject);
        if (found.isEmpty()) {
            return null;
        }
        Fact fact = found.get();
        if (fact.type() == FactType.DATE) {
            Long day = dateLiteral(constant);
            return day == null ? null : new Test.LongCompare(fact.name(), op, day);
        }
        if (constant.getKind() != Kind.CONSTANT) {
            return null;
        }
        CelConstant value = constant.constant();
        CelConstant.Kind kind = value.getKind();
        return switch (fact.type()) {
            case DECIMAL ->
                kind == CelConstant.Kind.DOUBLE_VALUE
                        ? new Test.DecimalCompare(fact.name(), op, value.doubleValue(), false)
                        : kind == CelConstant.Kind.INT64_VALUE
                                ? new Test.DecimalCompare(fact.name(), op, (double) value.int64Value(), true)
                                : null;
            case INTEGER ->
                kind == CelConstant.Kind.INT64_VALUE ? new Test.LongCompare(fact.name(), op, value.int64Value()) : null;
            case TEXT, ENUMERATION ->
                kind == CelConstant.Kind.STRING_VALUE && (op == Op.EQ || op == Op.NE)
                        ? negateIf(op == Op.NE, oneOf(fact, List.of(constant)))
                        : null;
            case BOOLEAN ->
                kind == CelConstant.Kind.BOOLEAN_VALUE && (op == Op.EQ || op == Op.NE)
                        ? negateIf(value.booleanValue() != (op == Op.EQ), new Test.IsTrue(fact.name()))
                        : null;
            default -> null;
        };
    }

    private static Condition negateIf(boolean negate, Condition condition) {
        return negate ? new Condition.Not(condition) : condition;
    }

    private Condition membership(CelExpr element, CelExpr collection) {
        Optional<Fact> set = fact(collection);
        if (set.isPresent() && set.get().type() == FactType.TEXT_SET && isString(element)) {
            return new Test.Includes(set.get().name(), element.constant().stringValue());
        }
        Optional<Fact> single = fact(element);
        if (single.isPresent()
                && (single.get().type() == FactType.TEXT || single.get().type() == FactType.ENUMERATION)
                && collection.getKind() == Kind.LIST
                && collection.list().elements().stream().allMatch(ConditionSplitter::isString)) {
            return oneOf(single.get(), collection.list().elements());
        }
        if (single.isPresent()
                && single.get().type() == FactType.INTEGER
                && collection.getKind() == Kind.LIST
                && collection.list().elements().stream().allMatch(ConditionSplitter::isWhole)) {
            return new Test.WholeOneOf(
                    single.get().name(),
                    collection.list().elements().stream()
                            .map(e -> e.constant().int64Value())
                            .distinct()
                            .sorted()
                            .toList());
        }
        return null;
    }

    private static boolean isWhole(CelExpr expr) {
        return expr.getKind() == Kind.CONSTANT && expr.constant().getKind() == CelConstant.Kind.INT64_VALUE;
    }

    private Test.OneOf oneOf(Fact fact, List<CelExpr> constants) {
        List<String> values = new ArrayList<>();
        for (CelExpr constant : constants) {
            String value = constant.constant().stringValue();
            if (fact.type() == FactType.ENUMERATION && !fact.values().contains(value)) {
                errors.add(SourcePosition.error(
                        ClauseError.Part.ELIGIBILITY,
                        ast,
                        constant,
                        fact.name() + " (" + fact.labelZh() + ") has no value '" + value + "'; expected one of "
                                + fact.values()));
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return new Test.OneOf(fact.name(), List.copyOf(values));
    }

    private Long dateLiteral(CelExpr expr) {
        if (expr.getKind() != Kind.CALL
                || !expr.call().function().equals("date")
                || !isString(expr.call().args().get(0))) {
            return null;
        }
        CelExpr text = expr.call().args().get(0);
        if (!CelRules.isDate(text.constant().stringValue())) {
            errors.add(SourcePosition.error(
                    ClauseError.Part.ELIGIBILITY,
                    ast,
                    text,
                    "'" + text.constant().stringValue() + "' is not a date; expected yyyy-MM-dd, e.g. '2024-01-31'"));
            return null;
        }
        return LocalDate.parse(text.constant().stringValue()).toEpochDay();
    }

    private Optional<Fact> yearsSinceOf(CelExpr expr) {
        if (expr.getKind() != Kind.CALL || !expr.call().function().equals("yearsSince")) {
            return Optional.empty();
        }
        return fact(expr.call().args().get(0)).filter(f -> f.type() == FactType.DATE);
    }

    private Optional<Fact> fact(CelExpr expr) {
        return expr.getKind() == Kind.IDENT ? schema.find(expr.ident().name()) : Optional.empty();
    }

    private static boolean isString(CelExpr expr) {
        return expr.getKind() == Kind.CONSTANT && expr.constant().getKind() == CelConstant.Kind.STRING_VALUE;
    }

    private Condition.Residual residual(CelExpr expr) {
        CelAbstractSyntaxTree sub =
                CelAbstractSyntaxTree.newCheckedAst(expr, ast.getSource(), ast.getReferenceMap(), ast.getTypeMap());
        TreeSet<String> facts = new TreeSet<>();
        FactReferences.collect(expr, schema, facts);
        return new Condition.Residual(CelUnparserFactory.newUnparser().unparse(sub), sub, facts);
    }
}

package org.mingyuan.rules.clause;

import dev.cel.checker.CelStandardDeclarations;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOptions;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;

/**
 * The CEL environment of clauses: one variable per fact plus {@code date}, {@code yearsSince},
 * {@code min}, {@code max} and {@code round}.
 */
public final class CelRules {

    /** The most loop iterations one evaluation may run; a second guard behind the cost limit. */
    static final int MAX_ITERATIONS = 10_000;

    private static final CelOptions OPTIONS = CelOptions.current()
            .enableHeterogeneousNumericComparisons(true)
            .populateMacroCalls(true)
            .comprehensionMaxIterations(MAX_ITERATIONS)
            .maxExpressionCodePointSize(4_000)
            .maxParseRecursionDepth(64)
            .build();

    /**
     * Standard CEL without what no fact can hold: bytes, unsigned integers and durations, and their conversions. The
     * checker builds its environment from these on every expression, so the fewer, the faster clauses compile.
     */
    private static final CelStandardDeclarations STANDARD = CelStandardDeclarations.newBuilder()
            .filterFunctions((function, overload) -> switch (function) {
                case UINT, BYTES, DURATION -> false;
                default -> !mentions(overload.celOverloadDecl(), "bytes", "uint", "google.protobuf.Duration");
            })
            .build();

    private CelRules() {}

    private static boolean mentions(CelOverloadDecl overload, String... types) {
        List<CelType> all = new ArrayList<>(overload.parameterTypes());
        all.add(overload.resultType());
        for (CelType type : all) {
            for (String name : types) {
                if (type.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns a compiler that type-checks expressions against the schema. */
    static CelCompiler compiler(FactSchema schema) {
        var builder = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .setStandardEnvironmentEnabled(false)
                .setStandardDeclarations(STANDARD)
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addFunctionDeclarations(
                        CelFunctionDecl.newFunctionDeclaration(
                                "date",
                                CelOverloadDecl.newGlobalOverload(
                                        "date_string", SimpleType.TIMESTAMP, SimpleType.STRING)),
                        CelFunctionDecl.newFunctionDeclaration(
                                "yearsSince",
                                CelOverloadDecl.newGlobalOverload(
                                        "yearsSince_timestamp", SimpleType.INT, SimpleType.TIMESTAMP)),
                        twoNumbers("min"),
                        twoNumbers("max"),
                        CelFunctionDecl.newFunctionDeclaration(
                                "round",
                                CelOverloadDecl.newGlobalOverload(
                                        "round_double", SimpleType.DOUBLE, SimpleType.DOUBLE)));
        for (Fact fact : schema.facts()) {
            builder.addVar(fact.name(), celType(fact));
        }
        return builder.build();
    }

    private static CelFunctionDecl twoNumbers(String name) {
        return CelFunctionDecl.newFunctionDeclaration(
                name,
                CelOverloadDecl.newGlobalOverload(
                        name + "_double_double", SimpleType.DOUBLE, SimpleType.DOUBLE, SimpleType.DOUBLE),
                CelOverloadDecl.newGlobalOverload(name + "_int_int", SimpleType.INT, SimpleType.INT, SimpleType.INT));
    }

    /** Returns a runtime whose {@code yearsSince} counts up to the evaluation date. */
    public static CelRuntime runtime(LocalDate evaluationDate) {
        return CelRuntimeFactory.standardCelRuntimeBuilder()
                .setOptions(OPTIONS)
                .addFunctionBindings(
                        CelFunctionBinding.from("date_string", String.class, CelRules::date),
                        CelFunctionBinding.from(
                                "yearsSince_timestamp", Instant.class, t -> yearsSince(t, evaluationDate)),
                        CelFunctionBinding.from("min_double_double", Double.class, Double.class, Math::min),
                        CelFunctionBinding.from("min_int_int", Long.class, Long.class, Math::min),
                        CelFunctionBinding.from("max_double_double", Double.class, Double.class, Math::max),
                        CelFunctionBinding.from("max_int_int", Long.class, Long.class, Math::max),
                        CelFunctionBinding.from("round_double", Double.class, CelRules::round))
                .build();
    }

    /** Returns the CEL type of a fact. */
    static CelType celType(Fact fact) {
        return switch (fact.type()) {
            case INTEGER -> SimpleType.INT;
            case DECIMAL -> SimpleType.DOUBLE;
            case DATE -> SimpleType.TIMESTAMP;
            case TEXT, ENUMERATION -> SimpleType.STRING;
            case TEXT_SET -> ListType.create(SimpleType.STRING);
            case BOOLEAN -> SimpleType.BOOL;
        };
    }

    /** Parses {@code yyyy-MM-dd} into midnight UTC. */
    static Instant date(String text) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Tells whether the text is a valid {@code yyyy-MM-dd} date. */
    static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Returns the whole years from a day (days since 1970-01-01) to the evaluation date. */
    public static long yearsSince(long epochDay, LocalDate evaluationDate) {
        return Period.between(LocalDate.ofEpochDay(epochDay), evaluationDate).getYears();
    }

    private static long yearsSince(Instant instant, LocalDate evaluationDate) {
        return yearsSince(Math.floorDiv(instant.getEpochSecond(), 86_400L), evaluationDate);
    }

    /** Rounds to a whole number, halves away from zero; NaN stays NaN. */
    public static double round(double value) {
        return Math.signum(value) * Math.floor(Math.abs(value) + 0.5);
    }
}

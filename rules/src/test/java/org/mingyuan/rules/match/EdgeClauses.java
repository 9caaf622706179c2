package org.mingyuan.rules.match;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.mingyuan.rules.clause.ClauseDraft;

/**
 * Random clauses over {@link EdgeRegistry#SCHEMA} with constants at the edges of their types: {@code long}'s ends,
 * both zeros, the largest, smallest and infinite decimals, integers beyond a decimal's precision, quotients that may
 * be infinite or NaN, years since at anniversaries and leap days, integer memberships; alone, negated and in
 * disjunctions. Each condition comes three ways: over all rows (the index path), behind a rare value (the row-by-row
 * path) and behind a frequent one (narrowing through the index).
 * A decimal or a computed decimal ordered against a whole number follows CEL's {@code Double.compare} ({@code -0.0}
 * below {@code 0}, NaN above every number).
 */
final class EdgeClauses {

    private static final String[] OPS = {"<", "<=", ">", ">=", "==", "!="};
    private static final String[] ORDERS = {"<", "<=", ">", ">="};
    private static final String[] WHOLES = {
        "-9223372036854775808",
        "-9223372036854775807",
        "-1",
        "0",
        "1",
        "3",
        "9007199254740993",
        "9223372036854775806",
        "9223372036854775807"
    };
    private static final String[] DECIMALS = {
        "0.0",
        "-0.0",
        "1e308",
        "-1e308",
        "1.7976931348623157e308",
        "-1.7976931348623157e308",
        "4.9e-324",
        "-4.9e-324",
        "9.223372036854775807e18",
        "-9.223372036854775808e18",
        "9007199254740992.0",
        "9007199254740994.0",
        "0.3",
        "0.30000000000000004",
        "1.5",
        "-1.5",
        "1.0",
        "1e309",
        "-1e309",
        "1e-300"
    };
    /** Whole numbers a decimal is ordered against, as CEL's {@code Double.compare} orders them. */
    private static final String[] WHOLES_FOR_DECIMALS = {
        "0", "1", "-1", "9223372036854775807", "-9223372036854775808", "9007199254740993", "2"
    };

    private static final String[] RATIOS = {"0.0", "-0.0", "0.05", "1.0", "5.0", "1e308", "1e309", "-1e309"};
    private static final String[] YEARS = {
        "-9223372036854775808", "-1", "0", "1", "2", "3", "4", "8", "2026", "2028", "9223372036854775807"
    };
    private static final String[] DATES = {
        "2024-02-29", "2028-02-29", "2027-02-28", "2027-03-01", "2025-02-28", "0001-01-01", "9999-12-31", "1970-01-01"
    };
    private static final String[] AMOUNTS = {
        "d * 2.0",
        "rdSpend / revenue * 100.0",
        "-d",
        "double(i) * 1000.0",
        "i * 1000",
        "i + 1",
        "max(d, 0.0)",
        "round(d)",
        "5000",
        "min(1e308, d * 10.0)",
        "d",
        "double(i)",
        "rdSpend * revenue"
    };

    private final SplittableRandom random;

    EdgeClauses(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Returns three clauses of one random condition: alone, behind a rare value and behind frequent ones. */
    List<ClauseDraft> clauses(String id) {
        String condition = condition(2);
        List<ClauseDraft> drafts = new ArrayList<>();
        drafts.add(draft(id + "all", condition));
        drafts.add(draft(id + "rare", "e == 'a' && (" + condition + ")"));
        drafts.add(draft(
                id + "most",
                (random.nextBoolean() ? "e in ['b', 'c', 'd']" : "!(e == 'a')") + " && (" + condition + ")"));
        return drafts;
    }

    private ClauseDraft draft(String id, String condition) {
        ClauseDraft draft = ClauseDraft.of(id, condition, AMOUNTS[random.nextInt(AMOUNTS.length)]);
        if (random.nextInt(4) == 0) {
            draft = draft.withCap(random.nextInt(3) * 1e6);
        }
        return draft;
    }

    private String condition(int depth) {
        return switch (random.nextInt(depth > 0 ? 9 : 5)) {
            case 5 -> "!(" + condition(depth - 1) + ")";
            case 6 -> "(" + condition(depth - 1) + " || " + condition(depth - 1) + ")";
            case 7 -> "!(" + condition(depth - 1) + " || " + condition(depth - 1) + ")";
            case 8 -> "(" + condition(depth - 1) + " && !(" + condition(depth - 1) + "))";
            default -> leaf();
        };
    }

    /** A test at the edge of its type. */
    String leaf() {
        return switch (random.nextInt(15)) {
            case 0, 1 -> compare("i", pick(OPS), pick(WHOLES));
            case 2, 3 -> compare("d", pick(OPS), pick(DECIMALS));
            case 4 -> compare("d", pick(ORDERS), pick(WHOLES_FOR_DECIMALS));
            case 5 -> compare("rdSpend / revenue", pick(OPS), pick(RATIOS));
            case 6 -> "rdSpend / revenue " + pick(OPS) + " d";
            case 7 -> compare("double(i)", pick(OPS), pick(DECIMALS));
            case 8 -> compare("rdSpend * revenue", pick(ORDERS), pick(RATIOS));
            case 13 -> compare("rdSpend / revenue", pick(ORDERS), pick(WHOLES_FOR_DECIMALS));
            case 9 -> compare("yearsSince(day)", pick(OPS), pick(YEARS));
            case 10 -> compare("day", pick(OPS), "date('" + pick(DATES) + "')");
            case 11 -> (random.nextBoolean() ? "" : "!") + "(i in " + wholes() + ")";
            case 12 -> random.nextBoolean() ? "i > 3.5" : "i < 9.2e18";
            default -> "e in ['a', '" + EdgeRegistry.ENUM_VALUES.get(random.nextInt(4)) + "']";
        };
    }

    private String wholes() {
        List<String> values = new ArrayList<>();
        for (int i = 0, count = 1 + random.nextInt(5); i < count; i++) {
            values.add(pick(WHOLES));
        }
        return "[" + String.join(", ", values) + "]";
    }

    private String compare(String subject, String op, String constant) {
        return ComparisonText.of(random, subject, op, constant);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}

package org.mingyuan.rules.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.mingyuan.rules.clause.ClauseDraft;
import org.mingyuan.rules.synth.DemoSchema;
import org.mingyuan.rules.synth.RegistryShape;
import org.mingyuan.rules.table.FactTable;

/**
 * Random clauses over {@link DemoSchema} whose scope is most or all of the registry, so that their range tests go
 * through the range indexes: bare thresholds, negations, disjunctions, large memberships narrowed by thresholds, and
 * a few small-scope ones for the row-by-row path. Thresholds are often values some enterprise holds, so equality and
 * both sides of every bound are hit. Amounts mix column arithmetic, CEL-only amounts and constants.
 */
final class BroadClauses {

    private static final String[] RANGE_OPS = {"<", "<=", ">", ">="};
    private static final String[] OPS = {"<", "<=", ">", ">=", "==", "!="};
    private static final String[] DECIMALS = {"revenue", "revenueGrowth", "blockchainRevenueShare", "officeArea"};
    private static final String[] WHOLES = {"staff", "ipCount", "grantedPatents"};
    private static final String[] AMOUNTS = {
        "min(300000.0, revenue * 50.0)",
        "rdSpend * 10000.0 * 0.5",
        "revenue * 10.0 - 20000.0",
        "rdSpend / revenue * 1000000.0",
        "double(staff) * 1000.0",
        "staff * 1000",
        "'HIGH_TECH' in certifications ? 100000.0 : 50000.0",
        "round(revenueGrowth * 100.0)",
        "200000",
        "max(rdSpend, officeArea) * 10.0"
    };

    private final RegistryShape shape;
    private final FactTable table;
    private final LocalDate today;
    private final SplittableRandom random;

    BroadClauses(RegistryShape shape, FactTable table, LocalDate today, long seed) {
        this.shape = shape;
        this.table = table;
        this.today = today;
        this.random = new SplittableRandom(seed);
    }

    /** Returns a clause with the id; a quarter have a cap. */
    ClauseDraft clause(String id) {
        ClauseDraft draft = ClauseDraft.of(id, condition(), AMOUNTS[random.nextInt(AMOUNTS.length)]);
        if (random.nextInt(4) == 0) {
            draft = draft.withCap(25_000.0 * random.nextInt(0, 9));
        }
        return draft;
    }

    private String condition() {
        return switch (random.nextInt(16)) {
            case 0, 1 -> threshold();
            case 2 -> "!(" + threshold() + ")";
            case 3 -> threshold() + " || " + threshold();
            case 4 -> "!(" + threshold() + " && " + threshold() + ")";
            case 5 -> "(" + threshold() + " || " + threshold() + ") && " + threshold();
            case 6 -> segments(2 + random.nextInt(7)) + " && " + threshold() + " && " + threshold();
            case 7 -> segments(1 + random.nextInt(3)) + " && " + threshold();
            case 8 ->
                random.nextBoolean() ? segments(2 + random.nextInt(10)) : "!(" + segments(2 + random.nextInt(10)) + ")";
            case 9 ->
                (random.nextBoolean() ? "'CAC_FILING' in certifications" : "!('VIRTUAL_CURRENCY' in certifications)")
                        + " && " + threshold();
            case 10 -> "sizeClass in ['small', 'micro'] && " + threshold() + " && !creditClean";
            case 11 -> (random.nextBoolean() ? "taxInDistrict" : "!creditClean") + " && " + threshold();
            case 12 -> "park in ['" + pick(shape.parks()) + "', '" + pick(shape.parks()) + "'] && " + threshold();
            case 13 -> "staff in " + wholes(1 + random.nextInt(8)) + (random.nextBoolean() ? "" : " && " + threshold());
            case 14 -> "!(staff in " + wholes(1 + random.nextInt(8)) + ") || " + threshold();
            default -> threshold() + " && " + threshold() + " && " + threshold();
        };
    }

    /** A comparison of a number with a constant, most often one some enterprise holds. */
    String threshold() {
        return switch (random.nextInt(7)) {
            case 0, 1 -> {
                String fact = DECIMALS[random.nextInt(DECIMALS.length)];
                yield fact + " " + op() + " " + decimal(fact);
            }
            case 2 -> {
                String fact = WHOLES[random.nextInt(WHOLES.length)];
                yield fact + " " + op() + " " + whole(fact);
            }
            case 3 ->
                "rdSpend / revenue " + RANGE_OPS[random.nextInt(RANGE_OPS.length)] + " "
                        + format(random.nextDouble(0.0, 0.3), 4);
            case 4 -> (random.nextBoolean() ? "founded" : "settledOn") + " " + op() + " date('" + day() + "')";
            case 5 ->
                "yearsSince(" + (random.nextBoolean() ? "founded" : "settledOn") + ") " + op() + " "
                        + random.nextInt(-1, 16);
            default -> "revenue " + RANGE_OPS[random.nextInt(RANGE_OPS.length)] + " " + decimal("revenue");
        };
    }

    private String op() {
        return OPS[random.nextInt(OPS.length)];
    }

    /** A value of the fact some live enterprise holds, else a round number. */
    private String decimal(String fact) {
        Object held = held(fact);
        double value = held instanceof Double d ? d : random.nextInt(0, 2_000);
        return format(value, 2);
    }

    private String whole(String fact) {
        Object held = held(fact);
        return Long.toString(held instanceof Long l ? l : random.nextInt(0, 60));
    }

    private String day() {
        Object held = held("founded");
        return held != null && random.nextBoolean()
                ? LocalDate.ofEpochDay(Math.floorDiv(((java.time.Instant) held).getEpochSecond(), 86_400L))
                        .toString()
                : today.minusDays(random.nextInt(-30, 16 * 365)).toString();
    }

    private Object held(String fact) {
        if (table.live().isEmpty()) {
            return null;
        }
        int row = table.live().select(random.nextInt(table.live().getCardinality()));
        return table.column(fact).celValue(row);
    }

    private String segments(int count) {
        TreeSet<String> chosen = new TreeSet<>();
        while (chosen.size() < Math.min(count, shape.segments().size())) {
            chosen.add(pick(shape.segments()));
        }
        return "chainSegment in ['" + String.join("', '", chosen) + "']";
    }

    private String wholes(int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(Integer.toString(random.nextInt(1, 60)));
        }
        return "[" + String.join(", ", values) + "]";
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String format(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}

package org.mingyuan.rules.match;

import java.util.List;
import java.util.SplittableRandom;
import org.mingyuan.rules.clause.ClauseDraft;

/**
 * Random clauses over {@link RandomRegistry#SCHEMA}: comparisons at boundaries in both orders,
 * memberships, dates, years since, yes/no facts, negations, disjunctions and residual parts
 * that only CEL evaluates, including ones that raise errors.
 */
final class RandomClauses {

    private static final String[] OPS = {"<", "<=", ">", ">=", "==", "!="};
    private static final String[] RESIDUALS = {
        "i + 1 > 3",
        "d * 2.0 <= 5.0",
        "size(s) >= 2",
        "s.exists(v, v == 'x')",
        "i > 3.5",
        "t.startsWith('f')",
        "double(i) / d > 1.0",
        "i / (i - 3) > 0",
        "e < 'c'",
        "i in [1, 2, 3]",
        "day < date('2025-02-28') || i == 7"
    };
    private static final String[] AMOUNTS = {
        "min(10000.0, d * 1000.0)",
        "double(i) * 100.0",
        "round(d * 33.3)",
        "i * 1000",
        "b ? 100.0 : 200.0",
        "max(d, 1.5) / (d - 1.0)",
        "-d * 10.0",
        "5000"
    };

    private final SplittableRandom random;

    RandomClauses(long seed) {
        this.random = new SplittableRandom(seed);
    }

    ClauseDraft clause(String id) {
        ClauseDraft draft = ClauseDraft.of(id, condition(3), AMOUNTS[random.nextInt(AMOUNTS.length)]);
        if (random.nextInt(4) == 0) {
            draft = draft.withCap(random.nextInt(5) * 500.0);
        }
        return draft;
    }

    private String condition(int depth) {
        int kind = random.nextInt(depth > 0 ? 10 : 6);
        return switch (kind) {
            case 6 -> "(" + condition(depth - 1) + " && " + condition(depth - 1) + ")";
            case 7 -> "(" + condition(depth - 1) + " || " + condition(depth - 1) + ")";
            case 8 -> "!(" + condition(depth - 1) + ")";
            case 9 -> "(" + condition(depth - 1) + " && " + condition(depth - 1) + " && " + condition(depth - 1) + ")";
            default -> leaf();
        };
    }

    private String leaf() {
        String op = OPS[random.nextInt(OPS.length)];
        return switch (random.nextInt(14)) {
            case 0 -> compare("i", op, Integer.toString(random.nextInt(-2, 12)));
            case 1 -> compare("d", op, random.nextInt(0, 9) * 0.5 + "");
            case 2 -> compare("d", OPS[random.nextInt(4)], Integer.toString(random.nextInt(0, 5)));
            case 3 -> compare("day", op, "date('" + RandomRegistry.day(random) + "')");
            case 4 -> compare("yearsSince(day)", op, Integer.toString(random.nextInt(-2, 6)));
            case 5 -> "e in " + values(RandomRegistry.ENUM_VALUES);
            case 6 -> compare("e", random.nextBoolean() ? "==" : "!=", "'" + pick(RandomRegistry.ENUM_VALUES) + "'");
            case 7 -> "'" + pick(RandomRegistry.SET_VALUES) + "' in s";
            case 8 ->
                random.nextBoolean()
                        ? "b"
                        : compare("b", random.nextBoolean() ? "==" : "!=", Boolean.toString(random.nextBoolean()));
            case 9 -> compare("t", random.nextBoolean() ? "==" : "!=", "'" + pick(RandomRegistry.TEXT_VALUES) + "'");
            case 10 -> "t in " + values(RandomRegistry.TEXT_VALUES);
            case 11 -> random.nextBoolean() ? "true" : "false";
            default -> RESIDUALS[random.nextInt(RESIDUALS.length)];
        };
    }

    private String compare(String subject, String op, String constant) {
        return ComparisonText.of(random, subject, op, constant);
    }

    private String values(List<String> domain) {
        StringBuilder list = new StringBuilder("[");
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            list.append(i == 0 ? "" : ", ").append('\'').append(pick(domain)).append('\'');
        }
        return list.append(']').toString();
    }

    private String pick(List<String> domain) {
        return domain.get(random.nextInt(domain.size()));
    }
}

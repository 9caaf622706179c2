package org.mingyuan.rules.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mingyuan.rules.clause.Op;
import org.mingyuan.rules.clause.Test;
import org.mingyuan.rules.schema.Fact;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.FactType;
import org.mingyuan.rules.table.FactTable;

/** Words for conditions and values, in Simplified Chinese and English, from the schema's labels and units. */
final class Wording {

    /** A phrase in both languages. */
    record Text(String zh, String en) {
        Text then(Text more) {
            return new Text(zh + more.zh, en + more.en);
        }
    }

    private final FactSchema schema;
    private final ValueLabels labels;

    Wording(FactSchema schema) {
        this(schema, ValueLabels.NONE);
    }

    Wording(FactSchema schema, ValueLabels labels) {
        this.schema = schema;
        this.labels = labels;
    }

    private String zhName(Fact fact, String code) {
        ValueLabels.Label label = labels.label(fact.name(), code);
        return label == null ? code : label.zh();
    }

    private String enName(Fact fact, String code) {
        ValueLabels.Label label = labels.label(fact.name(), code);
        return label == null ? code : label.en();
    }

    /** Says what a test requires; {@code negated} for a test under {@code !}. */
    Text requirement(Test test, boolean negated) {
        Fact fact = schema.fact(test.fact());
        if (test instanceof Test.DecimalCompare c) {
            return compare(fact, op(c.op(), negated), number(c.value()));
        }
        if (test instanceof Test.LongCompare c) {
            String value = fact.type() == FactType.DATE
                    ? LocalDate.ofEpochDay(c.value()).toString()
                    : Long.toString(c.value());
            return compare(fact, op(c.op(), negated), value);
        }
        if (test instanceof Test.YearsSince y) {
            Op op = op(y.op(), negated);
            return new Text(
                    fact.labelZh() + "距今需 " + op.symbol() + " " + y.years() + " 年",
                    fact.labelEn() + " must be " + op.symbol() + " " + y.years() + " years ago");
        }
        if (test instanceof Test.OneOf o) {
            boolean one = o.values().size() == 1;
            String zhValues = String.join(
                            "、", o.values().stream().map(v -> zhName(fact, v)).toList())
                    + (one ? "" : " 之一");
            String enValues = (one ? "" : "one of ")
                    + String.join(
                            ", ", o.values().stream().map(v -> enName(fact, v)).toList());
            return new Text(
                    fact.labelZh() + (negated ? "不得为 " : "需为 ") + zhValues,
                    fact.labelEn() + (negated ? " must not be " : " must be ") + enValues);
        }
        if (test instanceof Test.WholeOneOf o) {
            List<String> values = o.values().stream().map(String::valueOf).toList();
            boolean one = values.size() == 1;
            return new Text(
                    fact.labelZh()
                            + (negated ? "不得为 " : "需为 ")
                            + String.join("、", values)
                            + (one ? "" : " 之一")
                            + zhUnit(fact),
                    fact.labelEn()
                            + (negated ? " must not be " : " must be ")
                            + (one ? "" : "one of ")
                            + String.join(", ", values)
                            + enUnit(fact));
        }
        if (test instanceof Test.Includes i) {
            return new Text(
                    fact.labelZh() + (negated ? "不得包含 " : "需包含 ") + zhName(fact, i.element()),
                    fact.labelEn() + (negated ? " must not include " : " must include ") + enName(fact, i.element()));
        }
        return new Text(
                fact.labelZh() + "需为 " + (negated ? "否" : "是"),
                fact.labelEn() + " must be " + (negated ? "no" : "yes"));
    }

    private static Text compare(Fact fact, Op op, String value) {
        return new Text(
                fact.labelZh() + "需 " + op.symbol() + " " + value + zhUnit(fact),
                fact.labelEn() + " must be " + op.symbol() + " " + value + enUnit(fact));
    }

    /** Says what the enterprise has for a fact, or that it is missing. */
    Text current(FactTable table, String factName, int row) {
        Fact fact = schema.fact(factName);
        Object value = table.column(factName).celValue(row);
        if (value == null) {
            return new Text("，当前缺少该项数据", "; the value is missing");
        }
        return new Text(
                "，当前 " + zhValue(fact, value) + zhUnit(fact), "; currently " + enValue(fact, value) + enUnit(fact));
    }

    /** Says how many whole years ago a date was. */
    Text currentYears(FactTable table, String factName, int row, long years) {
        Object value = table.column(factName).celValue(row);
        if (value == null) {
            return new Text("，当前缺少该项数据", "; the value is missing");
        }
        String date = day(value).toString();
        return new Text("，当前 " + years + " 年（" + date + "）", "; currently " + years + " years (" + date + ")");
    }

    /** Lists the values of several facts, e.g. for a condition only CEL evaluates. */
    Text values(FactTable table, List<String> facts, int row) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String name : facts) {
            Fact fact = schema.fact(name);
            Object value = table.column(name).celValue(row);
            zh.append(zh.isEmpty() ? "，当前 " : "，")
                    .append(fact.labelZh())
                    .append(" ")
                    .append(value == null ? "缺少数据" : zhValue(fact, value) + zhUnit(fact));
            en.append(en.isEmpty() ? "; currently " : ", ")
                    .append(fact.labelEn())
                    .append(" ")
                    .append(value == null ? "missing" : enValue(fact, value) + enUnit(fact));
        }
        return new Text(zh.toString(), en.toString());
    }

    private String zhValue(Fact fact, Object value) {
        return switch (fact.type()) {
            case BOOLEAN -> (Boolean) value ? "是" : "否";
            case TEXT_SET ->
                ((List<?>) value).isEmpty()
                        ? "无"
                        : String.join(
                                "、",
                                strings(value).stream()
                                        .map(v -> zhName(fact, v))
                                        .toList());
            case ENUMERATION, TEXT -> zhName(fact, value.toString());
            default -> enValue(fact, value);
        };
    }

    private String enValue(Fact fact, Object value) {
        return switch (fact.type()) {
            case DECIMAL -> number((Double) value);
            case DATE -> day(value).toString();
            case BOOLEAN -> (Boolean) value ? "yes" : "no";
            case TEXT_SET ->
                ((List<?>) value).isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                strings(value).stream()
                                        .map(v -> enName(fact, v))
                                        .toList());
            case ENUMERATION, TEXT -> enName(fact, value.toString());
            default -> value.toString();
        };
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(Object::toString).toList();
    }

    private static LocalDate day(Object instant) {
        return LocalDate.ofEpochDay(((java.time.Instant) instant).getEpochSecond() / 86_400L);
    }

    private static String zhUnit(Fact fact) {
        return fact.unit().zh().isEmpty() ? "" : " " + fact.unit().zh();
    }

    private static String enUnit(Fact fact) {
        return fact.unit().en().isEmpty() ? "" : " " + fact.unit().en();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Op op(Op op, boolean negated) {
        if (!negated) {
            return op;
        }
        return switch (op) {
            case LT -> Op.GE;
            case LE -> Op.GT;
            case GT -> Op.LE;
            case GE -> Op.LT;
            case EQ -> Op.NE;
            case NE -> Op.EQ;
        };
    }
}

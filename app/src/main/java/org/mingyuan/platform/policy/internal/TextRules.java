package org.mingyuan.platform.policy.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.ExampleCase;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.registry.RegistryTime;

/**
 * The rules every policy and clause text obeys before it is stored, whichever way it came (API, editor, policy file):
 * keys of the right form, required texts present, lengths bounded, no invisible or control characters, windows in
 * order, days between {@link #EARLIEST_DAY} and {@link #LATEST_DAY}. Each problem names its field, prefixed by {@code prefix} (e.g. a file and clause of an import).
 */
public final class TextRules {

    /** Policy codes and clause ids: upper-case letters, digits and dashes, 2 to 80 characters. */
    public static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,79}");

    /** No policy day lies before the founding of the People's Republic. */
    public static final LocalDate EARLIEST_DAY = RegistryTime.EARLIEST;

    /** No policy day lies after the end of 2199; a clause valid for ever leaves its end empty. */
    public static final LocalDate LATEST_DAY = LocalDate.of(2199, 12, 31);

    /** Amounts are below 10^14 CNY. */
    private static final BigDecimal MAX_MONEY = new BigDecimal("1e14");

    /** The largest scale (or negative exponent) of an amount; beyond it, writing the amount out in full could be huge. */
    private static final int MAX_SCALE = 30;

    static final int TITLE = 300;
    static final int SUMMARY = 4000;
    static final int EXPRESSION = 20000;
    static final int LONG_TEXT = 100000;
    static final int LIST = 50;
    static final int ITEM = 300;

    private final String prefix;
    private final List<FieldProblem> problems = new ArrayList<>();

    private TextRules(String prefix) {
        this.prefix = prefix;
    }

    /** The problems with a policy's fields; empty when there are none. */
    public static List<FieldProblem> policy(String prefix, PolicyContent p) {
        TextRules rules = new TextRules(prefix);
        rules.key("code", p.code());
        rules.line("titleZh", p.titleZh(), TITLE, true);
        rules.line("titleEn", p.titleEn(), TITLE, true);
        rules.line("departmentZh", p.departmentZh(), 200, true);
        rules.line("departmentEn", p.departmentEn(), 200, true);
        rules.line("documentNumber", p.documentNumber(), 120, false);
        rules.day("issuedOn", p.issuedOn());
        if (p.level() == null) {
            rules.add("level", "policy.required");
        }
        rules.url("sourceUrl", p.sourceUrl());
        rules.text("sourceText", p.sourceText(), LONG_TEXT, false);
        rules.text("interpretation", p.interpretation(), LONG_TEXT, false);
        rules.text("note", p.note(), 2000, false);
        rules.list("tags", p.tags(), 20, 40);
        rules.list("parks", p.parks(), LIST, 80);
        return rules.problems;
    }

    /** The problems with a clause's id and text; empty when there are none. */
    public static List<FieldProblem> clause(String prefix, String clauseId, ClauseContent c) {
        TextRules rules = new TextRules(prefix);
        rules.key("id", clauseId);
        rules.line("titleZh", c.titleZh(), TITLE, true);
        rules.line("titleEn", c.titleEn(), TITLE, true);
        rules.text("summaryZh", c.summaryZh(), SUMMARY, true);
        rules.text("summaryEn", c.summaryEn(), SUMMARY, true);
        rules.text("eligibility", c.eligibility(), EXPRESSION, true);
        rules.text("amount", c.amount(), EXPRESSION, true);
        rules.money("cap", c.cap());
        rules.money("budget", c.budget());
        rules.day("validFrom", c.validFrom());
        rules.day("validUntil", c.validUntil());
        rules.day("applyFrom", c.applyFrom());
        rules.day("applyUntil", c.applyUntil());
        rules.window("validUntil", c.validFrom(), c.validUntil(), true);
        rules.window("applyUntil", c.applyFrom(), c.applyUntil(), false);
        if (c.mode() == null) {
            rules.add("mode", "policy.required");
        }
        rules.list("materials", c.materials(), LIST, ITEM);
        if (c.reviewStages().size() > 20) {
            rules.add("reviewStages", "policy.tooMany", 20);
        }
        for (int i = 0; i < c.reviewStages().size(); i++) {
            ReviewStage stage = c.reviewStages().get(i);
            String at = "reviewStages[" + i + "].";
            rules.line(at + "nameZh", stage.nameZh(), 60, true);
            rules.line(at + "nameEn", stage.nameEn(), 80, true);
            if (stage.workingDays() < 1 || stage.workingDays() > 365) {
                rules.add(at + "workingDays", "policy.workingDays", stage.workingDays());
            }
        }
        rules.text("legalBasis", c.legalBasis(), SUMMARY, false);
        rules.text("contact", c.contact(), 1000, false);
        rules.list("illustrative", c.illustrative(), 20, 40);
        if (c.examples().size() > LIST) {
            rules.add("examples", "policy.tooMany", LIST);
        }
        for (int i = 0; i < Math.min(c.examples().size(), LIST); i++) {
            ExampleCase example = c.examples().get(i);
            rules.line("examples[" + i + "].name", example.name(), 120, true);
            rules.day("examples[" + i + "].on", example.on());
            if (example.facts() == null) {
                rules.add("examples[" + i + "].facts", "policy.required");
            } else if (example.facts().size() > 100) {
                rules.add("examples[" + i + "].facts", "policy.tooMany", 100);
            }
            rules.money("examples[" + i + "].amount", example.amount());
        }
        return rules.problems;
    }

    /** Throws the problems of a clause, if any. */
    public static void requireClause(String clauseId, ClauseContent content) {
        List<FieldProblem> found = clause("", clauseId, content);
        if (!found.isEmpty()) {
            throw new InvalidRequest(found);
        }
    }

    private void key(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            add(field, "policy.required");
        } else if (!KEY.matcher(value).matches()) {
            add(field, "policy.key", value.length() > 80 ? value.substring(0, 80) + "…" : value);
        }
    }

    private void line(String field, @Nullable String value, int max, boolean required) {
        check(field, value, max, required, PlainText.Lines.ONE);
    }

    private void text(String field, @Nullable String value, int max, boolean required) {
        check(field, value, max, required, PlainText.Lines.MANY);
    }

    private void check(String field, @Nullable String value, int max, boolean required, PlainText.Lines lines) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "policy.required");
            }
            return;
        }
        if (value.length() > max) {
            add(field, "policy.tooLong", max, value.length());
            return;
        }
        PlainText.problem(prefix + field, value, lines).ifPresent(problems::add);
    }

    private void url(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (value.length() > 1000 || !(value.startsWith("https://") || value.startsWith("http://"))) {
            add(field, "policy.url");
            return;
        }
        PlainText.problem(prefix + field, value, PlainText.Lines.ONE).ifPresent(problems::add);
    }

    private void money(String field, @Nullable BigDecimal value) {
        if (value == null) {
            return;
        }
        boolean wild = Math.abs((long) value.scale()) > MAX_SCALE;
        if (wild || value.signum() < 0 || value.compareTo(MAX_MONEY) >= 0) {
            add(field, "policy.money", wild ? value.toString() : value.toPlainString());
        }
    }

    private void day(String field, @Nullable LocalDate value) {
        if (value != null && (value.isBefore(EARLIEST_DAY) || value.isAfter(LATEST_DAY))) {
            add(field, "policy.dayRange", value, EARLIEST_DAY, LATEST_DAY);
        }
    }

    private void window(String field, @Nullable LocalDate from, @Nullable LocalDate until, boolean halfOpen) {
        if (from != null && until != null && (halfOpen ? !from.isBefore(until) : from.isAfter(until))) {
            add(field, "policy.window", from, until);
        }
    }

    private void list(String field, List<String> values, int maxItems, int maxLength) {
        if (values.size() > maxItems) {
            add(field, "policy.tooMany", maxItems);
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            line(field + "[" + i + "]", values.get(i), maxLength, true);
        }
    }

    private void add(String field, String code, Object... args) {
        problems.add(new FieldProblem(prefix + field, code, List.of(args)));
    }
}

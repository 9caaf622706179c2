package org.mingyuan.platform.registry.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.FactValue;
import org.mingyuan.platform.registry.ParkId;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Component;

/**
 * Checks enterprise drafts and fact statements field by field and reports every problem at once,
 * each naming its field; used by the forms, the API and the imports alike.
 */
@Component
public class EnterpriseRules {

    static final Pattern INDUSTRY_CODE = Pattern.compile("[A-T]([0-9]{2,4})?");
    static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");
    static final LocalDate EARLIEST_FOUNDING = LocalDate.of(1900, 1, 1);
    static final BigDecimal MAX_MONEY = new BigDecimal("1000000000000");
    static final int NOTE_LENGTH = 200;
    /** The longest text value of a fact, as the {@code fact.value_text} column holds. */
    static final int TEXT_LENGTH = 200;

    /** How a yes-or-no value may be written, in lower case: 是/否, yes/no, true/false, y/n, 1/0. */
    private static final Set<String> YES = Set.of("是", "yes", "true", "y", "1");

    private static final Set<String> NO = Set.of("否", "no", "false", "n", "0");
    /** The longest lease term ahead: 民法典 caps a lease at 20 years, and renewals are new leases. */
    static final int MAX_LEASE_YEARS = 20;

    static final BigDecimal MIN_AREA = new BigDecimal("0.1");
    static final BigDecimal MAX_AREA = new BigDecimal("10000000");

    private final Parks parks;
    private final ChainSegments segments;

    EnterpriseRules(Parks parks, ChainSegments segments) {
        this.parks = parks;
        this.segments = segments;
    }

    /** The credit code of a draft, or the problems with it. */
    public static @Nullable CreditCode creditCode(@Nullable String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("creditCode", "registry.required", List.of()));
            return null;
        }
        try {
            return CreditCode.parse(text);
        } catch (InvalidRequest invalid) {
            problems.addAll(invalid.problems());
            return null;
        }
    }

    /** The problems of a draft's profile fields (everything but the credit code). */
    public List<FieldProblem> profileProblems(EnterpriseDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            problems.add(new FieldProblem("name", "registry.required", List.of()));
        } else if (draft.name().strip().length() > 200) {
            problems.add(new FieldProblem("name", "registry.tooLong", List.of(200)));
        }
        PlainText.problem("name", draft.name(), Lines.ONE).ifPresent(problems::add);
        if (draft.address() != null && draft.address().length() > 300) {
            problems.add(new FieldProblem("address", "registry.tooLong", List.of(300)));
        }
        PlainText.problem("address", draft.address(), Lines.ONE).ifPresent(problems::add);
        if (draft.divisionCode() != null
                && !DIVISION_CODE.matcher(draft.divisionCode()).matches()) {
            problems.add(new FieldProblem("divisionCode", "registry.divisionCode", List.of(draft.divisionCode())));
        }
        if (draft.industryCode() == null || draft.industryCode().isBlank()) {
            problems.add(new FieldProblem("industryCode", "registry.required", List.of()));
        } else if (!INDUSTRY_CODE.matcher(draft.industryCode()).matches()) {
            problems.add(new FieldProblem("industryCode", "registry.industryCode", List.of(draft.industryCode())));
        }
        LocalDate founded = draft.foundedOn();
        if (founded == null) {
            problems.add(new FieldProblem("foundedOn", "registry.required", List.of()));
        } else if (founded.isAfter(RegistryTime.today()) || founded.isBefore(EARLIEST_FOUNDING)) {
            problems.add(new FieldProblem(
                    "foundedOn", "registry.foundedOn", List.of(founded, EARLIEST_FOUNDING, RegistryTime.today())));
        }
        BigDecimal capital = draft.registeredCapital();
        if (capital != null && (capital.signum() < 0 || capital.compareTo(MAX_MONEY) > 0)) {
            problems.add(new FieldProblem("registeredCapital", "registry.money", List.of(capital)));
        } else if (capital != null && capital.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("registeredCapital", "registry.twoDecimals", List.of(capital)));
        }
        if (draft.parkId() != null && parks.byId(new ParkId(draft.parkId())).isEmpty()) {
            problems.add(new FieldProblem("parkId", "registry.unknownPark", List.of(draft.parkId())));
        }
        if (draft.chainSegment() != null
                && !draft.chainSegment().isBlank()
                && segments.byCode(draft.chainSegment()).isEmpty()) {
            problems.add(new FieldProblem("chainSegment", "registry.unknownSegment", List.of(draft.chainSegment())));
        }
        return problems;
    }

    /**
     * The problems of a fact statement about a fact of {@code kind}; a {@code null} kind means the statement names
     * no kind the registry keeps (or none at all). The value is read as the kind's type says, see {@link #factValue}.
     */
    public static List<FieldProblem> factProblems(FactStatement statement, @Nullable FactKind kind) {
        List<FieldProblem> problems = new ArrayList<>();
        if (statement.name() == null || statement.name().isBlank()) {
            problems.add(new FieldProblem("name", "registry.required", List.of()));
        } else if (kind == null) {
            problems.add(new FieldProblem("name", "facts.unknownKind", List.of(abbreviated(statement.name()))));
        }
        if (statement.value() == null) {
            problems.add(new FieldProblem("value", "registry.required", List.of()));
        } else if (kind != null) {
            read(statement.value(), kind, problems);
        }
        LocalDate end = statement.periodEnd();
        LocalDate start = statement.periodStart() == null ? end : statement.periodStart();
        if (end == null) {
            problems.add(new FieldProblem("periodEnd", "registry.required", List.of()));
        } else if (end.isAfter(RegistryTime.today())) {
            problems.add(new FieldProblem("periodEnd", "registry.futurePeriod", List.of(end)));
        } else if (start != null && start.isBefore(RegistryTime.EARLIEST)) {
            problems.add(new FieldProblem(
                    statement.periodStart() == null ? "periodEnd" : "periodStart",
                    "registry.periodTooEarly",
                    List.of(start, RegistryTime.EARLIEST)));
        } else if (start != null && start.isAfter(end)) {
            problems.add(new FieldProblem("periodStart", "registry.periodOrder", List.of(start, end)));
        }
        String note = statement.sourceNote();
        if (note != null && note.length() > NOTE_LENGTH) {
            problems.add(new FieldProblem("sourceNote", "registry.tooLong", List.of(NOTE_LENGTH)));
        }
        PlainText.problem("sourceNote", note, Lines.MANY).ifPresent(problems::add);
        return problems;
    }

    /** The statement's value as {@code kind}'s type says; null when it cannot be read as one (see {@link #factProblems}). */
    public static @Nullable FactValue factValue(@Nullable Object raw, FactKind kind) {
        return raw == null ? null : read(raw, kind, new ArrayList<>());
    }

    /** Reads {@code raw} as a value of {@code kind}, noting in {@code problems} why it cannot be one. */
    private static @Nullable FactValue read(Object raw, FactKind kind, List<FieldProblem> problems) {
        int before = problems.size();
        FactValue value = switch (kind.type()) {
            case NUMBER, INTEGER -> number(raw, kind, problems);
            case YES_NO -> yesNo(raw, problems);
            case DATE -> day(raw, problems);
            case TEXT -> text(raw, problems);
        };
        return problems.size() == before ? value : null;
    }

    private static FactValue.@Nullable Decimal number(Object raw, FactKind kind, List<FieldProblem> problems) {
        BigDecimal value;
        if (raw instanceof BigDecimal decimal) {
            value = decimal;
        } else if (raw instanceof Long || raw instanceof Integer) {
            value = BigDecimal.valueOf(((Number) raw).longValue());
        } else {
            try {
                value = new BigDecimal(String.valueOf(raw).strip());
            } catch (NumberFormatException notANumber) {
                problems.add(new FieldProblem("value", "facts.notANumber", List.of(abbreviated(String.valueOf(raw)))));
                return null;
            }
        }
        // Named as written in scientific notation and shortened: 1e999999999 has a billion digits written out.
        String named = abbreviated(value.toString());
        if (value.signum() < 0 || value.compareTo(MAX_MONEY) > 0) {
            problems.add(new FieldProblem("value", "registry.factValue", List.of(named)));
        } else if (kind.whole() && value.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem("value", "registry.wholeNumber", List.of(named)));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("value", "registry.twoDecimals", List.of(named)));
        }
        return new FactValue.Decimal(value);
    }

    private static FactValue.@Nullable YesNo yesNo(Object raw, List<FieldProblem> problems) {
        if (raw instanceof Boolean yes) {
            return new FactValue.YesNo(yes);
        }
        String text = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            return new FactValue.YesNo(true);
        }
        if (NO.contains(text)) {
            return new FactValue.YesNo(false);
        }
        problems.add(new FieldProblem("value", "facts.yesNo", List.of(abbreviated(String.valueOf(raw)))));
        return null;
    }

    private static FactValue.@Nullable Day day(Object raw, List<FieldProblem> problems) {
        LocalDate day;
        if (raw instanceof LocalDate date) {
            day = date;
        } else {
            try {
                day = LocalDate.parse(String.valueOf(raw).strip());
            } catch (DateTimeParseException notADay) {
                problems.add(new FieldProblem("value", "facts.notADay", List.of(abbreviated(String.valueOf(raw)))));
                return null;
            }
        }
        dateProblem("value", day, RegistryTime.today().plusYears(100)).ifPresent(problems::add);
        return new FactValue.Day(day);
    }

    private static FactValue.@Nullable Text text(Object raw, List<FieldProblem> problems) {
        String text = raw instanceof BigDecimal decimal
                ? decimal.toPlainString()
                : String.valueOf(raw).strip();
        if (text.isEmpty()) {
            problems.add(new FieldProblem("value", "registry.required", List.of()));
        } else if (text.length() > TEXT_LENGTH) {
            problems.add(new FieldProblem("value", "registry.tooLong", List.of(TEXT_LENGTH)));
        } else {
            PlainText.problem("value", text, Lines.ONE).ifPresent(problems::add);
        }
        return new FactValue.Text(text);
    }

    private static String abbreviated(String text) {
        return text.length() <= 50 ? text : text.substring(0, 50) + "…";
    }

    /** The problem with {@code day} in {@code field} if it lies before {@link RegistryTime#EARLIEST} or after {@code latest}. */
    public static Optional<FieldProblem> dateProblem(String field, @Nullable LocalDate day, LocalDate latest) {
        if (day == null || (!day.isBefore(RegistryTime.EARLIEST) && !day.isAfter(latest))) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(field, "registry.dateRange", List.of(day, RegistryTime.EARLIEST, latest)));
    }

    /**
     * The problems of a lease's terms: a positive area, an end after the start (the period is
     * half-open), a rent that is not negative; absent values are left to the caller.
     */
    public static List<FieldProblem> leaseTermProblems(
            @Nullable BigDecimal areaM2,
            @Nullable LocalDate start,
            @Nullable LocalDate end,
            @Nullable BigDecimal rent) {
        List<FieldProblem> problems = new ArrayList<>();
        if (areaM2 != null) {
            areaProblem("areaM2", areaM2).ifPresent(problems::add);
        }
        LocalDate latest = RegistryTime.today().plusYears(MAX_LEASE_YEARS);
        dateProblem("startOn", start, latest).ifPresent(problems::add);
        dateProblem("endOn", end, latest).ifPresent(problems::add);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new FieldProblem("endOn", "registry.periodOrder", List.of(start, end)));
        }
        if (rent != null && (rent.signum() < 0 || rent.compareTo(MAX_MONEY) >= 0)) {
            problems.add(new FieldProblem("monthlyRent", "registry.money", List.of(rent.toString())));
        } else if (rent != null && rent.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem("monthlyRent", "registry.twoDecimals", List.of(rent.toString())));
        }
        return problems;
    }

    /**
     * The problem with an area in m² of a unit or a lease, if any: it is stored to one decimal, so it
     * must lie between 0.1 and ten million m² and have at most one decimal (never rounded).
     */
    public static Optional<FieldProblem> areaProblem(String field, BigDecimal areaM2) {
        boolean fits = areaM2.compareTo(MIN_AREA) >= 0
                && areaM2.compareTo(MAX_AREA) <= 0
                && areaM2.stripTrailingZeros().scale() <= 1;
        return fits
                ? Optional.empty()
                : Optional.of(new FieldProblem(field, "registry.area", List.of(areaM2.toString(), MIN_AREA, MAX_AREA)));
    }
}

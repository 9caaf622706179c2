package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.SupervisionReport.BudgetLine;
import org.mingyuan.platform.fulfillment.SupervisionReport.Fulfilment;
import org.mingyuan.platform.fulfillment.SupervisionReport.OverdueCase;
import org.mingyuan.platform.fulfillment.SupervisionReport.OverdueFollowUp;
import org.mingyuan.platform.fulfillment.SupervisionReport.OverdueGroup;
import org.mingyuan.platform.fulfillment.SupervisionReport.RatingLine;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.fulfillment.internal.SupervisionQueries;
import org.mingyuan.platform.fulfillment.internal.SupervisionQueries.Award;
import org.mingyuan.platform.fulfillment.internal.SupervisionQueries.WaitingCase;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.Policy;
import org.mingyuan.platform.policy.PolicyDesk;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision (督查), for supervisors and administrators only: the dashboard of {@link SupervisionReport} on the
 * platform clock's day. A stage or follow-up is overdue once a working day has passed after its due date, so one due on
 * the last working day before a holiday is overdue on the first working day after it, not during the holiday.
 */
@Service
public class Supervision {

    private static final int LONGEST_BREAK = 366;

    private final SupervisionQueries queries;
    private final WorkingCalendar calendar;
    private final ReviewStages stages;
    private final ClauseCatalog catalog;
    private final PolicyDesk policies;
    private final ParkCatalog parks;
    private final BudgetBook budgets;
    private final Clock clock;

    Supervision(
            SupervisionQueries queries,
            WorkingCalendar calendar,
            ReviewStages stages,
            ClauseCatalog catalog,
            PolicyDesk policies,
            ParkCatalog parks,
            BudgetBook budgets,
            Clock clock) {
        this.queries = queries;
        this.calendar = calendar;
        this.stages = stages;
        this.catalog = catalog;
        this.policies = policies;
        this.parks = parks;
        this.budgets = budgets;
        this.clock = clock;
    }

    /** True when the caller may supervise: supervisors and administrators. */
    public static boolean supervises(Caller caller) {
        return caller.has(Role.SUPERVISOR) || caller.has(Role.ADMIN);
    }

    /** The dashboard narrowed to {@code filter}, today by the platform's clock. */
    @Transactional(readOnly = true)
    public SupervisionReport report(Caller caller, SupervisionFilter filter) {
        check(caller);
        LocalDate today = RegistryTime.today(clock);
        LocalDate lastWorkingDay = lastWorkingDay(today);
        Map<LocalDate, Integer> overdueBy = new HashMap<>();
        Function<LocalDate, Integer> late =
                due -> overdueBy.computeIfAbsent(due, d -> calendar.workingDaysBetween(d, today));
        List<OverdueCase> overdue = overdue(queries.waitingSince(lastWorkingDay, filter), late);
        List<OverdueFollowUp> followUps = queries.followUpsDueBefore(lastWorkingDay, filter).stream()
                .map(f -> new OverdueFollowUp(
                        f.ratingId(),
                        f.caseId(),
                        f.creditCode(),
                        f.titleZh(),
                        f.titleEn(),
                        f.department(),
                        f.level(),
                        f.due(),
                        late.apply(f.due())))
                .toList();
        List<Award> awards = queries.awards(filter);
        Map<Long, Park> parksById = parks.all().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
        Map<Long, Policy> policiesById = new HashMap<>();
        return new SupervisionReport(
                today,
                filter,
                overdue,
                groups(overdue),
                followUps,
                Fulfilment.of("all", "全部", "All", awards),
                fulfilment(awards, a -> Long.toString(a.policyId()), key -> {
                    Policy policy = policy(caller, Long.parseLong(key), policiesById);
                    return policy == null
                            ? new String[] {key, key}
                            : new String[] {
                                policy.content().titleZh(), policy.content().titleEn()
                            };
                }),
                fulfilment(awards, a -> a.parkId() == null ? "none" : a.parkId().toString(), key -> {
                    Park park = key.equals("none") ? null : parksById.get(Long.parseLong(key));
                    return park == null
                            ? new String[] {"不在园区", "In no park"}
                            : new String[] {park.nameZh(), park.nameEn()};
                }),
                fulfilment(awards, Award::department, key -> new String[] {key, key}),
                budgets(caller, filter),
                ratings(filter));
    }

    /** What a filter may choose from: the departments, parks and policies cases exist for. */
    public record Choice(String key, String labelZh, String labelEn) {}

    /** The departments, parks and policies cases exist for, each labelled. */
    @Transactional(readOnly = true)
    public Map<String, List<Choice>> choices(Caller caller) {
        check(caller);
        SupervisionQueries.Choices choices = queries.choices();
        Map<Long, Park> parksById = parks.all().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
        Map<Long, Policy> policiesById = new HashMap<>();
        Map<String, List<Choice>> all = new LinkedHashMap<>();
        all.put(
                "department",
                choices.departments().stream().map(d -> new Choice(d, d, d)).toList());
        all.put(
                "park",
                choices.parks().stream()
                        .map(parksById::get)
                        .filter(Objects::nonNull)
                        .map(p -> new Choice(p.id().value() + "", p.nameZh(), p.nameEn()))
                        .toList());
        all.put(
                "policy",
                choices.policies().stream()
                        .map(id -> policy(caller, id, policiesById))
                        .filter(Objects::nonNull)
                        .map(p -> new Choice(
                                p.id() + "", p.content().titleZh(), p.content().titleEn()))
                        .toList());
        return all;
    }

    private static void check(Caller caller) {
        if (!supervises(caller)) {
            throw new AccessDeniedException("supervision is for supervisors");
        }
    }

    /** The last working day on or before {@code today}; {@code today} itself after a year without one. */
    private LocalDate lastWorkingDay(LocalDate today) {
        for (LocalDate day = today; day.isAfter(today.minusDays(LONGEST_BREAK)); day = day.minusDays(1)) {
            if (day.getYear() < WorkingCalendar.FIRST_YEAR) {
                break;
            }
            if (calendar.isWorkingDay(day)) {
                return day;
            }
        }
        return today;
    }

    private List<OverdueCase> overdue(List<WaitingCase> waiting, Function<LocalDate, Integer> late) {
        Map<String, List<ReviewStage>> stagesOf = new HashMap<>();
        List<OverdueCase> overdue = new ArrayList<>();
        for (WaitingCase w : waiting) {
            List<ReviewStage> of = stagesOf.computeIfAbsent(
                    w.clauseId() + "@" + w.clauseVersion(),
                    k -> catalog.detail(w.clauseId(), w.clauseVersion())
                            .map(stages::of)
                            .orElse(List.of()));
            ReviewStage stage = w.stageIndex() < of.size() ? of.get(w.stageIndex()) : null;
            overdue.add(new OverdueCase(
                    w.caseId(),
                    w.creditCode(),
                    w.titleZh(),
                    w.titleEn(),
                    w.department(),
                    w.parkId(),
                    w.stageRole(),
                    stage == null ? w.stageRole().name() : stage.nameZh(),
                    stage == null ? w.stageRole().name() : stage.nameEn(),
                    w.due(),
                    late.apply(w.due())));
        }
        return overdue;
    }

    private static List<OverdueGroup> groups(List<OverdueCase> overdue) {
        Map<List<Object>, List<OverdueCase>> grouped = overdue.stream()
                .collect(Collectors.groupingBy(c -> List.of(c.department(), c.stageRole(), c.stageZh(), c.stageEn())));
        return grouped.values().stream()
                .map(cases -> {
                    OverdueCase first = cases.get(0);
                    return new OverdueGroup(
                            first.department(),
                            first.stageRole(),
                            first.stageZh(),
                            first.stageEn(),
                            cases.size(),
                            cases.stream()
                                    .mapToInt(OverdueCase::workingDaysOverdue)
                                    .max()
                                    .orElse(0));
                })
                .sorted(Comparator.comparing(OverdueGroup::department)
                        .thenComparing(OverdueGroup::stageRole)
                        .thenComparing(OverdueGroup::stageZh))
                .toList();
    }

    private static List<Fulfilment> fulfilment(
            List<Award> awards, Function<Award, String> key, Function<String, String[]> labels) {
        Map<String, List<Award>> grouped = awards.stream().collect(Collectors.groupingBy(key));
        return grouped.entrySet().stream()
                .map(e -> {
                    String[] label = labels.apply(e.getKey());
                    return Fulfilment.of(e.getKey(), label[0], label[1], e.getValue());
                })
                .sorted(Comparator.comparing(Fulfilment::labelZh).thenComparing(Fulfilment::key))
                .toList();
    }

    private @Nullable Policy policy(Caller caller, long id, Map<Long, Policy> known) {
        if (!known.containsKey(id)) {
            try {
                known.put(id, policies.policy(caller, id));
            } catch (NotFound gone) {
                return null;
            }
        }
        return known.get(id);
    }

    private List<BudgetLine> budgets(Caller caller, SupervisionFilter filter) {
        Set<String> clauses = null;
        if (filter.policy() != null || filter.department() != null) {
            clauses = policies.all().stream()
                    .filter(p -> filter.policy() == null || p.id() == filter.policy())
                    .filter(p -> filter.department() == null
                            || p.content().departmentZh().equals(filter.department()))
                    .flatMap(p -> p.clauses().stream())
                    .map(c -> c.clauseId())
                    .collect(Collectors.toSet());
        }
        Map<String, BigDecimal> paid = queries.paidByClause();
        List<BudgetLine> lines = new ArrayList<>();
        for (BudgetBook.BudgetUse use : budgets.all(caller)) {
            if (clauses == null || clauses.contains(use.clauseId())) {
                lines.add(new BudgetLine(
                        use.clauseId(),
                        use.titleZh(),
                        use.titleEn(),
                        use.total(),
                        use.reserved(),
                        paid.getOrDefault(use.clauseId(), BigDecimal.ZERO),
                        use.left()));
            }
        }
        return lines;
    }

    private List<RatingLine> ratings(SupervisionFilter filter) {
        Map<String, Integer[]> counts = new TreeMap<>();
        for (SupervisionQueries.RatingCount r : queries.ratings(filter)) {
            counts.computeIfAbsent(r.department(), d -> new Integer[] {0, 0, 0, 0, 0})[r.level() - 1] = r.count();
        }
        return counts.entrySet().stream()
                .map(e -> new RatingLine(e.getKey(), List.of(e.getValue())))
                .toList();
    }
}

package org.mingyuan.platform.recognition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.policy.matching.Calculator;
import org.mingyuan.platform.policy.matching.Explained;
import org.mingyuan.platform.recognition.RecognitionEvents.RecognitionRefused;
import org.mingyuan.platform.recognition.internal.RecognitionStore;
import org.mingyuan.platform.recognition.internal.RecognitionStore.NewApplication;
import org.mingyuan.platform.registry.Certification;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactKeys;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for recognition of blockchain firms (区块链企业认定): a firm applies under a scheme with its figures and
 * evidence; the figures, the CAC filing number and each evidence slot are checked, the figures are stated in the
 * registry as declared facts, and the scheme's criteria are checked at once on its registry facts with the declared
 * figures (a failed criterion refuses it, named with the figures). The review stages are {@link RecognitionReviews}'.
 */
@Service
public class RecognitionApplications {

    /** The fact kind of virtual-currency business, added with the recognition module. */
    public static final String VIRTUAL_CURRENCY = "VIRTUAL_CURRENCY";

    private static final BigDecimal MOST_REVENUE = new BigDecimal("10000000");
    private static final long MOST_ITEMS = 100_000;

    private final RecognitionStore store;
    private final EnterpriseRegistry registry;
    private final EnterpriseCertifications certifications;
    private final RegistryFacts facts;
    private final Calculator calculator;
    private final MaterialLibrary materials;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecognitionApplications(
            RecognitionStore store,
            EnterpriseRegistry registry,
            EnterpriseCertifications certifications,
            RegistryFacts facts,
            Calculator calculator,
            MaterialLibrary materials,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.registry = registry;
        this.certifications = certifications;
        this.facts = facts;
        this.calculator = calculator;
        this.materials = materials;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Files an application of the enterprise with {@code creditCode} (its own accounts). Its figures are stated in the
     * registry as declared facts of the application; the scheme's criteria are checked on them at once: when one
     * fails, the application is stored refused with each failed criterion and its figures.
     *
     * @throws InvalidRequest naming each wrong field: {@code scheme}, {@code ipItems}, {@code grantedPatents},
     *     {@code revenue}, {@code blockchainShare}, {@code virtualCurrency}, {@code cacFilingNumber}, {@code
     *     committed}, {@code evidence.<slot>}
     * @throws Conflict naming {@code scheme} when the enterprise has an application under review already
     */
    @Transactional
    public Recognition apply(Caller caller, String creditCode, RecognitionDraft draft) {
        Enterprise enterprise = registry.find(caller, creditCode);
        if (!EnterpriseRegistry.actsFor(caller, enterprise)) {
            throw new AccessDeniedException("only the enterprise's own accounts apply for its recognition");
        }
        LocalDate today = RegistryTime.today(clock);
        RecognitionScheme scheme = store.schemes().stream()
                .filter(s -> s.code().equals(draft.scheme()))
                .findFirst()
                .orElse(null);
        List<FieldProblem> problems = new ArrayList<>();
        if (scheme == null) {
            problems.add(
                    new FieldProblem("scheme", "recognition.scheme.unknown", List.of(String.valueOf(draft.scheme()))));
        }
        count("ipItems", draft.ipItems(), MOST_ITEMS, problems);
        count(
                "grantedPatents",
                draft.grantedPatents(),
                draft.ipItems() == null ? MOST_ITEMS : draft.ipItems(),
                problems);
        amount("revenue", draft.revenue(), MOST_REVENUE, problems);
        amount("blockchainShare", draft.blockchainShare(), new BigDecimal(100), problems);
        if (draft.virtualCurrency() == null) {
            problems.add(new FieldProblem("virtualCurrency", "recognition.required", List.of()));
        }
        if (!Boolean.TRUE.equals(draft.committed())) {
            problems.add(new FieldProblem("committed", "recognition.commitment.required", List.of()));
        }
        String cac = cacProblems(caller, creditCode, draft.cacFilingNumber(), today, problems);
        Map<String, Long> evidence =
                scheme == null ? Map.of() : evidence(caller, creditCode, scheme, draft, today, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        if (store.ofEnterprise(enterprise.id().value()).stream()
                .anyMatch(r -> r.schemeId() == scheme.id() && r.state().open())) {
            throw new Conflict("scheme", "recognition.open", scheme.code());
        }
        BigDecimal revenue = draft.revenue().setScale(2, RoundingMode.HALF_UP);
        BigDecimal share = draft.blockchainShare().setScale(2, RoundingMode.HALF_UP);
        BigDecimal blockchainRevenue = revenue.multiply(share).divide(new BigDecimal(100), 2, RoundingMode.HALF_UP);
        List<String> failed = failedCriteria(scheme, enterprise, draft, revenue, share, blockchainRevenue, today);
        RecognitionState state = failed.isEmpty() ? RecognitionState.DISTRICT_REVIEW : RecognitionState.REFUSED;
        Instant now = clock.instant();
        long id;
        try {
            id = store.insert(
                    new NewApplication(
                            scheme.id(),
                            enterprise.id().value(),
                            creditCode,
                            enterprise.name(),
                            state,
                            draft.ipItems().intValue(),
                            draft.grantedPatents().intValue(),
                            revenue,
                            share,
                            draft.virtualCurrency(),
                            cac,
                            failed,
                            caller.username(),
                            now,
                            failed.isEmpty() ? calendar.addWorkingDays(today, scheme.districtDays()) : null),
                    evidence);
        } catch (DuplicateKeyException raced) {
            throw new Conflict("scheme", "recognition.open", scheme.code());
        }
        declare(caller, creditCode, id, today, draft, revenue, blockchainRevenue);
        if (!failed.isEmpty()) {
            events.publishEvent(new RecognitionRefused(id, scheme.code(), creditCode, "CRITERIA", caller.username()));
        }
        return store.byId(id).orElseThrow();
    }

    /** Each failed criterion of the scheme, named, with the conditions it misses and the figures (Chinese). */
    private List<String> failedCriteria(
            RecognitionScheme scheme,
            Enterprise enterprise,
            RecognitionDraft draft,
            BigDecimal revenue,
            BigDecimal share,
            BigDecimal blockchainRevenue,
            LocalDate today) {
        EnterpriseFacts known = facts.of(enterprise.id(), today).orElseThrow();
        Map<String, Object> values = new HashMap<>(known.values());
        values.put("ipItems", draft.ipItems());
        values.put("patents", draft.grantedPatents());
        values.put("revenue", revenue.doubleValue());
        values.put("blockchainRevenue", blockchainRevenue.doubleValue());
        values.put("blockchainRevenueShare", share.doubleValue());
        values.put("virtualCurrency", draft.virtualCurrency());
        EnterpriseFacts declared =
                new EnterpriseFacts(known.enterprise(), known.creditCode(), known.name(), known.asOf(), values);
        List<String> failed = new ArrayList<>();
        for (RecognitionScheme.Criterion criterion : scheme.criteria()) {
            Explained explained =
                    calculator.check(scheme.code() + "-" + criterion.position(), criterion.expression(), declared);
            if (!explained.eligible()) {
                failed.add(criterion.nameZh() + "："
                        + explained.unmet().stream()
                                .map(Explained.Condition::zh)
                                .collect(Collectors.joining("；")));
            }
        }
        return failed;
    }

    /** States the declared figures in the registry, as declared facts of application {@code id}. */
    private void declare(
            Caller caller,
            String creditCode,
            long id,
            LocalDate today,
            RecognitionDraft draft,
            BigDecimal revenue,
            BigDecimal blockchainRevenue) {
        String note = "区块链企业认定申请 " + id;
        LocalDate yearStart = today.minusYears(1).withDayOfYear(1);
        LocalDate yearEnd = yearStart.plusYears(1).minusDays(1);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put(FactKeys.IP_ITEMS, BigDecimal.valueOf(draft.ipItems()));
        counts.put(FactKeys.PATENTS, BigDecimal.valueOf(draft.grantedPatents()));
        counts.put(VIRTUAL_CURRENCY, draft.virtualCurrency());
        counts.forEach((kind, value) -> registry.state(
                caller, creditCode, new FactStatement(kind, value, today, today, FactSource.DECLARED, note)));
        registry.state(
                caller,
                creditCode,
                new FactStatement(FactKeys.REVENUE, revenue, yearStart, yearEnd, FactSource.DECLARED, note));
        registry.state(
                caller,
                creditCode,
                new FactStatement(
                        FactKeys.BLOCKCHAIN_REVENUE, blockchainRevenue, yearStart, yearEnd, FactSource.DECLARED, note));
    }

    /** The CAC filing number cleaned, or null when none was given; adds what is wrong with it to {@code problems}. */
    private @Nullable String cacProblems(
            Caller caller, String creditCode, @Nullable String number, LocalDate today, List<FieldProblem> problems) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String field = "cacFilingNumber";
        var invisible = PlainText.problem(field, number, Lines.ONE);
        if (invisible.isPresent()) {
            problems.add(invisible.get());
            return null;
        }
        var wrong = CacFilingNumber.problem(field, number);
        if (wrong.isPresent()) {
            problems.add(wrong.get());
            return null;
        }
        String cleaned = CacFilingNumber.clean(number);
        List<Certification> held = certifications.recorded(caller, creditCode).stream()
                .filter(c -> "CAC_FILING".equals(c.type()) && cleaned.equals(c.number()))
                .toList();
        if (!held.isEmpty() && held.stream().noneMatch(c -> c.validOn(today))) {
            LocalDate expired = held.stream()
                    .map(Certification::expiresOn)
                    .filter(d -> d != null)
                    .max(LocalDate::compareTo)
                    .orElse(today);
            problems.add(new FieldProblem(field, "recognition.cac.expired", List.of(cleaned, expired)));
        }
        return cleaned;
    }

    /** The scheme's slots to the materials chosen; adds each wrong or missing slot to {@code problems}. */
    private Map<String, Long> evidence(
            Caller caller,
            String creditCode,
            RecognitionScheme scheme,
            RecognitionDraft draft,
            LocalDate today,
            List<FieldProblem> problems) {
        Map<String, Long> given = draft.evidence() == null ? Map.of() : draft.evidence();
        Map<String, Long> chosen = new LinkedHashMap<>();
        for (String slot : given.keySet()) {
            if (scheme.evidence().stream().noneMatch(s -> s.slot().equals(slot))) {
                problems.add(new FieldProblem("evidence." + slot, "recognition.evidence.noSlot", List.of(slot)));
            }
        }
        for (RecognitionScheme.EvidenceSlot slot : scheme.evidence()) {
            String field = "evidence." + slot.slot();
            Long id = given.get(slot.slot());
            if (id == null) {
                problems.add(new FieldProblem(field, "recognition.evidence.missing", List.of(slot.labelZh())));
                continue;
            }
            Material material;
            try {
                material = materials.get(caller, creditCode, id);
            } catch (NotFound notHers) {
                problems.add(new FieldProblem(field, "recognition.evidence.unknown", List.of(slot.labelZh(), id)));
                continue;
            }
            if (!material.typeCode().equals(slot.materialType())) {
                problems.add(new FieldProblem(
                        field,
                        "recognition.evidence.wrongType",
                        List.of(slot.labelZh(), slot.materialType(), material.typeCode())));
            } else if (!material.usableOn(today)) {
                problems.add(new FieldProblem(field, "recognition.evidence.notValid", List.of(slot.labelZh(), id)));
            } else {
                chosen.put(slot.slot(), id);
            }
        }
        return chosen;
    }

    private static void count(String field, @Nullable Long value, long most, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "recognition.required", List.of()));
        } else if (value < 0 || value > most) {
            problems.add(new FieldProblem(field, "recognition.range", List.of(0, most)));
        }
    }

    private static void amount(String field, @Nullable BigDecimal value, BigDecimal most, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "recognition.required", List.of()));
        } else if (value.signum() < 0 || value.compareTo(most) > 0) {
            problems.add(new FieldProblem(field, "recognition.range", List.of(0, most.toPlainString())));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem(field, "recognition.decimals", List.of(2)));
        }
    }
}

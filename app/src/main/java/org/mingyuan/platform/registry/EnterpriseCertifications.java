package org.mingyuan.platform.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseCertified;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.internal.Certifications;
import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.mingyuan.platform.registry.internal.RegistryAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records enterprises' certifications with their evidence, and keeps the list of certification types. */
@Service
public class EnterpriseCertifications {

    /**
     * CAC blockchain information service filing numbers as seen on real sites: a province abbreviation,
     * 网信备, digits, 号 ({@code 浙网信备33010821275605010021号}); checked leniently.
     */
    static final Pattern CAC_FILING = Pattern.compile("\\p{IsHan}{1,2}网信备\\d{8,24}号");

    private final EnterpriseRegistry registry;
    private final Certifications certifications;
    private final ApplicationEventPublisher events;

    EnterpriseCertifications(
            EnterpriseRegistry registry, Certifications certifications, ApplicationEventPublisher events) {
        this.registry = registry;
        this.certifications = certifications;
        this.events = events;
    }

    /** Records a certification of the enterprise; refuses it whole when anything is wrong. */
    @Transactional
    public Certification certify(Caller caller, String creditCode, CertificationDraft draft) {
        Enterprise enterprise = registry.find(caller, creditCode);
        RegistryAccess.requireEditable(caller, enterprise);
        List<FieldProblem> problems = new ArrayList<>();
        CertificationType type = certifications.types().stream()
                .filter(t -> t.code().equals(draft.type()))
                .findFirst()
                .orElse(null);
        if (type == null) {
            problems.add(
                    new FieldProblem("type", "registry.unknownCertification", List.of(String.valueOf(draft.type()))));
        } else if (type.needsNumber()
                && (draft.number() == null || draft.number().isBlank())) {
            problems.add(new FieldProblem("number", "registry.required", List.of()));
        } else if ("CAC_FILING".equals(type.code())
                && !CAC_FILING.matcher(draft.number().strip()).matches()) {
            problems.add(new FieldProblem("number", "registry.cacFiling", List.of(draft.number())));
        }
        if (draft.number() != null && draft.number().length() > 100) {
            problems.add(new FieldProblem("number", "registry.tooLong", List.of(100)));
        }
        PlainText.problem("number", draft.number(), Lines.ONE).ifPresent(problems::add);
        if (draft.evidence() != null && draft.evidence().length() > 500) {
            problems.add(new FieldProblem("evidence", "registry.tooLong", List.of(500)));
        }
        PlainText.problem("evidence", draft.evidence(), Lines.MANY).ifPresent(problems::add);
        EnterpriseRules.dateProblem("issuedOn", draft.issuedOn(), RegistryTime.today())
                .ifPresent(problems::add);
        EnterpriseRules.dateProblem(
                        "expiresOn", draft.expiresOn(), RegistryTime.today().plusYears(100))
                .ifPresent(problems::add);
        if (draft.issuedOn() != null
                && draft.expiresOn() != null
                && !draft.expiresOn().isAfter(draft.issuedOn())) {
            problems.add(new FieldProblem(
                    "expiresOn", "registry.periodOrder", List.of(draft.issuedOn(), draft.expiresOn())));
        }
        FactSource source = draft.source() == null ? FactSource.DECLARED : draft.source();
        if (source != FactSource.DECLARED && !(caller.has(Role.ADMIN) || caller.has(Role.POLICY_OFFICER))) {
            problems.add(new FieldProblem("source", "registry.sourceNotAllowed", List.of(source)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var certification = new Certification(
                type.code(),
                draft.number() == null ? null : draft.number().strip(),
                draft.issuedOn(),
                draft.expiresOn(),
                draft.evidence(),
                source,
                Instant.now(),
                caller.username());
        certifications.add(enterprise.id(), certification);
        events.publishEvent(new EnterpriseCertified(
                UUID.randomUUID(),
                enterprise.id(),
                enterprise.creditCode().value(),
                type.code(),
                certification.number(),
                source,
                caller.username()));
        return certification;
    }

    /**
     * Ends the enterprise's certifications of {@code type} with {@code number} on {@code endsOn} (valid until then,
     * not on that day), for the module that granted them (a recognition revoked) and callers who may change the
     * enterprise: clauses requiring the type stop matching at once. Returns how many certifications ended.
     */
    @Transactional
    public int end(Caller caller, String creditCode, String type, String number, LocalDate endsOn) {
        Enterprise enterprise = registry.find(caller, creditCode);
        RegistryAccess.requireEditable(caller, enterprise);
        int ended = certifications.end(enterprise.id(), type, number, endsOn);
        if (ended > 0) {
            events.publishEvent(new EnterpriseChanged(
                    enterprise.id(), creditCode, caller.username(), "certification " + type + " ended"));
        }
        return ended;
    }

    /** Every certification recorded for the enterprise, expired ones too, oldest first; for whoever may see it. */
    @Transactional(readOnly = true)
    public List<Certification> recorded(Caller caller, String creditCode) {
        return certifications.of(registry.find(caller, creditCode).id());
    }

    /** The certification types recorded for each of {@code enterprises} the caller may see, by code. */
    @Transactional(readOnly = true)
    public Map<EnterpriseId, List<String>> typesHeld(Caller caller, List<Enterprise> enterprises) {
        var visible = enterprises.stream()
                .filter(e -> RegistryAccess.visible(caller, e))
                .map(Enterprise::id)
                .toList();
        Map<EnterpriseId, List<String>> held = new HashMap<>();
        certifications.typesHeld(visible).forEach((id, types) -> held.put(new EnterpriseId(id), types));
        return held;
    }

    /** Every certification type. */
    @Transactional(readOnly = true)
    public List<CertificationType> types() {
        return certifications.types();
    }

    /** Adds a certification type (administrators). */
    @Transactional
    public CertificationType addType(CertificationType type) {
        List<FieldProblem> problems = new ArrayList<>();
        if (type.code() == null || !type.code().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(new FieldProblem("code", "registry.typeCode", List.of(String.valueOf(type.code()))));
        } else if (certifications.types().stream().anyMatch(t -> t.code().equals(type.code()))) {
            problems.add(new FieldProblem("code", "registry.duplicateType", List.of(type.code())));
        }
        if (type.nameZh() == null || type.nameZh().isBlank() || type.nameZh().length() > 60) {
            problems.add(new FieldProblem("nameZh", "registry.label", List.of(60)));
        }
        if (type.nameEn() == null || type.nameEn().isBlank() || type.nameEn().length() > 80) {
            problems.add(new FieldProblem("nameEn", "registry.label", List.of(80)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        certifications.addType(type);
        return type;
    }
}

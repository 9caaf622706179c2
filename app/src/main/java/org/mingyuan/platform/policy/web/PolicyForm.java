package org.mingyuan.platform.policy.web;

import static org.mingyuan.platform.policy.web.FormValues.items;
import static org.mingyuan.platform.policy.web.FormValues.optional;
import static org.mingyuan.platform.policy.web.FormValues.text;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.PolicyContent;
import org.mingyuan.platform.policy.PolicyLevel;

/**
 * A policy's own fields as the desk's form sends them: tags separated by commas, the parks it applies to as their
 * codes (one checkbox each). The code is typed once, when the policy is created; editing keeps the stored one.
 */
record PolicyForm(
        @Nullable String code,
        @Nullable String titleZh,
        @Nullable String titleEn,
        @Nullable String departmentZh,
        @Nullable String departmentEn,
        @Nullable String documentNumber,
        @Nullable String issuedOn,
        @Nullable String level,
        @Nullable String sourceUrl,
        @Nullable String sourceText,
        @Nullable String interpretation,
        @Nullable String tags,
        @Nullable List<String> parks,
        @Nullable String note) {

    /** The form's fields, as problems name them. */
    static final Set<String> FIELDS = Set.of(PolicyForm.class.getRecordComponents()).stream()
            .map(RecordComponent::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** An empty form for a new policy. */
    static PolicyForm blank() {
        return new PolicyForm(null, null, null, null, null, null, null, null, null, null, null, null, List.of(), null);
    }

    /** The form showing {@code p}. */
    static PolicyForm of(PolicyContent p) {
        return new PolicyForm(
                p.code(),
                p.titleZh(),
                p.titleEn(),
                p.departmentZh(),
                p.departmentEn(),
                p.documentNumber(),
                FormValues.shown(p.issuedOn()),
                p.level().name(),
                p.sourceUrl(),
                p.sourceText(),
                p.interpretation(),
                String.join(", ", p.tags()),
                p.parks(),
                p.note());
    }

    /** The same form showing {@code code}, as editing keeps the stored code whatever was sent. */
    PolicyForm withCode(String code) {
        return new PolicyForm(
                code,
                titleZh,
                titleEn,
                departmentZh,
                departmentEn,
                documentNumber,
                issuedOn,
                level,
                sourceUrl,
                sourceText,
                interpretation,
                tags,
                parks,
                note);
    }

    /** Whether the form has ticked the park with {@code code}. */
    public boolean covers(String code) {
        return parks != null && parks.contains(code);
    }

    /**
     * The policy the form holds; a field that cannot be read (a day, the level) is left empty and named in
     * {@code problems}.
     *
     * @param demo whether the policy is a demo policy (kept as stored; a new policy is not)
     */
    PolicyContent content(boolean demo, List<FieldProblem> problems) {
        return new PolicyContent(
                text(code),
                text(titleZh),
                text(titleEn),
                text(departmentZh),
                text(departmentEn),
                optional(documentNumber),
                FormValues.day("issuedOn", issuedOn, problems),
                chosenLevel(),
                optional(sourceUrl),
                optional(sourceText),
                optional(interpretation),
                items(tags),
                parks == null
                        ? List.of()
                        : parks.stream()
                                .map(FormValues::text)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                optional(note),
                demo);
    }

    /** The level chosen, or null when none or an unknown one was sent (which the policy rules refuse). */
    private @Nullable PolicyLevel chosenLevel() {
        for (PolicyLevel known : PolicyLevel.values()) {
            if (known.name().equals(level)) {
                return known;
            }
        }
        return null;
    }
}

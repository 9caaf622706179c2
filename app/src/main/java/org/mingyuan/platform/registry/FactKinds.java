package org.mingyuan.platform.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.registry.EnterpriseEvents.FactKindAdded;
import org.mingyuan.platform.registry.internal.FactKindStore;
import org.mingyuan.platform.registry.internal.matching.MatchingSchema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kinds of fact the registry keeps, as data: every kind, and the administrators' way to add one. A kind added here
 * can at once be declared (unless only departments may state it), verified, imported, exported and read by clauses
 * under its {@linkplain FactKind#clauseKey() clause name}.
 */
@Service
public class FactKinds {

    /** Upper-case words of letters and digits joined by single underscores, 2 to 40 characters. */
    private static final Pattern KEY = Pattern.compile("(?=.{2,40}$)[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

    private static final int LABEL_LENGTH = 60;
    private static final int UNIT_LENGTH = 20;

    /** CEL's reserved words: a kind whose clause name is one of them could not be read by a clause. */
    private static final Set<String> CEL_RESERVED = Set.of(
            "in",
            "as",
            "break",
            "const",
            "continue",
            "else",
            "false",
            "for",
            "function",
            "if",
            "import",
            "let",
            "loop",
            "package",
            "namespace",
            "null",
            "return",
            "true",
            "var",
            "void",
            "while");

    private final FactKindStore store;
    private final ApplicationEventPublisher events;

    FactKinds(FactKindStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Every kind: the built-in ones in their order, then the added ones in the order they were added. */
    @Transactional(readOnly = true)
    public List<FactKind> all() {
        return store.all();
    }

    /** The kind with this key (exactly as stored, upper case). */
    @Transactional(readOnly = true)
    public Optional<FactKind> find(@Nullable String key) {
        return key == null ? Optional.empty() : store.byKey(key);
    }

    /** Adds a kind (administrators only); refuses it whole, naming every bad field, when anything is wrong. */
    @Transactional
    public FactKind add(Caller caller, FactKindDraft draft) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("only administrators add fact kinds");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String key = draft.key() == null ? null : draft.key().strip();
        if (key == null || key.isEmpty()) {
            problems.add(new FieldProblem("key", "registry.required", List.of()));
        } else if (!KEY.matcher(key).matches()) {
            problems.add(new FieldProblem("key", "facts.kindKey", List.of(abbreviated(key))));
        } else if (store.byKey(key).isPresent()) {
            problems.add(new FieldProblem("key", "facts.duplicateKind", List.of(key)));
        } else if (taken(FactKind.clauseKey(key))) {
            problems.add(new FieldProblem("key", "facts.reservedKind", List.of(key, FactKind.clauseKey(key))));
        }
        label("labelZh", draft.labelZh(), problems);
        label("labelEn", draft.labelEn(), problems);
        if (draft.type() == null) {
            problems.add(new FieldProblem("type", "registry.required", List.of()));
        }
        unit("unitZh", draft.unitZh(), problems);
        unit("unitEn", draft.unitEn(), problems);
        if (blank(draft.unitZh()) != blank(draft.unitEn())) {
            problems.add(new FieldProblem(blank(draft.unitZh()) ? "unitZh" : "unitEn", "facts.unitPair", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        var kind = new FactKind(
                key,
                draft.labelZh().strip(),
                draft.labelEn().strip(),
                draft.type(),
                blank(draft.unitZh()) ? null : draft.unitZh().strip(),
                blank(draft.unitEn()) ? null : draft.unitEn().strip(),
                Boolean.TRUE.equals(draft.departmentsOnly()),
                false);
        try {
            store.add(kind, caller.username());
        } catch (DuplicateKeyException addedMeanwhile) {
            throw new InvalidRequest("key", "facts.duplicateKind", key);
        }
        events.publishEvent(new FactKindAdded(key, caller.username()));
        return kind;
    }

    /** True when clauses already read a fact by this name, or CEL reserves it. */
    private boolean taken(String clauseKey) {
        return CEL_RESERVED.contains(clauseKey)
                || MatchingSchema.PROFILE_KEYS.contains(clauseKey)
                || store.all().stream().anyMatch(k -> k.clauseKey().equals(clauseKey));
    }

    private static void label(String field, @Nullable String label, List<FieldProblem> problems) {
        if (label == null || label.isBlank() || label.strip().length() > LABEL_LENGTH) {
            problems.add(new FieldProblem(field, "registry.label", List.of(LABEL_LENGTH)));
        } else {
            plain(field, label).ifPresent(problems::add);
        }
    }

    /**
     * The problem with a label or unit, if any: what {@link PlainText} refuses, and any invisible formatting
     * character (zero-width spaces and joiners), which would make two labels look alike and read apart.
     */
    private static Optional<FieldProblem> plain(String field, String text) {
        Optional<FieldProblem> problem = PlainText.problem(field, text, Lines.ONE);
        if (problem.isPresent()) {
            return problem;
        }
        int position = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            position++;
            if (Character.getType(cp) == Character.FORMAT) {
                return Optional.of(new FieldProblem(
                        field,
                        "text.invisibleCharacter",
                        List.of(position, String.format(java.util.Locale.ROOT, "U+%04X", cp))));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    private static void unit(String field, @Nullable String unit, List<FieldProblem> problems) {
        if (unit != null && unit.strip().length() > UNIT_LENGTH) {
            problems.add(new FieldProblem(field, "registry.tooLong", List.of(UNIT_LENGTH)));
        } else if (unit != null) {
            plain(field, unit).ifPresent(problems::add);
        }
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String abbreviated(String text) {
        return text.length() <= 50 ? text : text.substring(0, 50) + "…";
    }
}

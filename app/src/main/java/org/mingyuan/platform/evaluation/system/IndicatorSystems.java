package org.mingyuan.platform.evaluation.system;

import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.EvaluationAccess;
import org.mingyuan.platform.evaluation.internal.Systems;
import org.mingyuan.platform.evaluation.system.SystemVersion.VersionState;
import org.mingyuan.platform.identity.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator systems (指标体系) and their versions: anyone signed in reads the published versions; administrators
 * and policy officers also read drafts, copy a version into a new draft, edit a draft and publish it as the next
 * version, which freezes it.
 */
@Service
public class IndicatorSystems {

    /** The most versions a list shows. */
    public static final int LIST_LIMIT = 500;

    private final Systems systems;
    private final Clock clock;

    IndicatorSystems(Systems systems, Clock clock) {
        this.systems = systems;
        this.clock = clock;
    }

    /** Every version {@code caller} may read: published ones, and drafts for officials; by system, then version. */
    @Transactional(readOnly = true)
    public List<SystemVersion> versions(Caller caller) {
        return systems.versions(LIST_LIMIT).stream()
                .filter(v -> v.state() == VersionState.PUBLISHED || EvaluationAccess.runs(caller))
                .toList();
    }

    /** The published versions, which evaluations may use. */
    @Transactional(readOnly = true)
    public List<SystemVersion> published() {
        return systems.versions(LIST_LIMIT).stream()
                .filter(v -> v.state() == VersionState.PUBLISHED)
                .toList();
    }

    /** The version {@code id}; a draft only for officials, otherwise not found. */
    @Transactional(readOnly = true)
    public SystemVersion version(Caller caller, long id) {
        SystemVersion version = systems.version(id).orElseThrow(() -> new NotFound("systemVersion", id));
        if (version.state() == VersionState.DRAFT && !EvaluationAccess.runs(caller)) {
            throw new NotFound("systemVersion", id);
        }
        return version;
    }

    /**
     * Creates a system with an empty draft, to be filled by {@link #edit} and published.
     *
     * @throws InvalidRequest naming {@code code} when it is malformed or taken, or a name when it is missing
     */
    @Transactional
    public SystemVersion create(Caller caller, NewSystem system) {
        EvaluationAccess.requireRunner(caller);
        String code = system.code() == null ? "" : system.code().strip();
        if (!code.matches("[A-Z][A-Z0-9_]{0,39}")) {
            throw new InvalidRequest("code", "evaluation.system.code");
        }
        if (systems.codeTaken(code)) {
            throw new InvalidRequest("code", "evaluation.system.codeTaken", code);
        }
        String nameZh = system.nameZh() == null ? "" : system.nameZh().strip();
        String nameEn = system.nameEn() == null ? "" : system.nameEn().strip();
        if (nameZh.isEmpty() || nameZh.length() > 200) {
            throw new InvalidRequest("nameZh", "evaluation.system.name");
        }
        if (nameEn.isEmpty() || nameEn.length() > 200) {
            throw new InvalidRequest("nameEn", "evaluation.system.name");
        }
        long id = systems.insertSystem(code, nameZh, nameEn, caller.username(), clock.instant());
        return systems.version(systems.insertDraft(id, null, null, caller.username(), clock.instant()))
                .orElseThrow();
    }

    /** A new system: its code ({@code CRIC_MODEL_PARK}-like) and names. */
    public record NewSystem(
            @Nullable String code,
            @Nullable String nameZh,
            @Nullable String nameEn) {}

    /**
     * Copies version {@code id} into a new draft of the same system, numbered one past its latest version.
     *
     * @throws Conflict when the system has a draft already
     */
    @Transactional
    public SystemVersion copy(Caller caller, long id) {
        EvaluationAccess.requireRunner(caller);
        SystemVersion source = version(caller, id);
        long draft;
        try {
            draft = systems.insertDraft(
                    source.systemId(), source.noteZh(), source.noteEn(), caller.username(), clock.instant());
        } catch (DuplicateKeyException draftExists) {
            throw new Conflict("version", "evaluation.system.draftExists", source.code());
        }
        systems.writeTree(draft, source.noteZh(), source.noteEn(), source.categories());
        return systems.version(draft).orElseThrow();
    }

    /**
     * Replaces the tree (and, when given, the system's name) of draft {@code id}.
     *
     * @throws InvalidRequest naming each field that breaks {@link SystemTreeRules}
     * @throws Conflict when the version is published, hence frozen
     */
    @Transactional
    public SystemVersion edit(Caller caller, long id, SystemDraft draft) {
        EvaluationAccess.requireRunner(caller);
        SystemVersion version = version(caller, id);
        SystemTreeRules.check(draft.categories());
        if (draft.nameZh() != null || draft.nameEn() != null) {
            String nameZh =
                    draft.nameZh() == null ? version.nameZh() : draft.nameZh().strip();
            String nameEn =
                    draft.nameEn() == null ? version.nameEn() : draft.nameEn().strip();
            if (nameZh.isEmpty() || nameZh.length() > 200 || nameEn.isEmpty() || nameEn.length() > 200) {
                throw new InvalidRequest("nameZh", "evaluation.system.name");
            }
            if (version.state() == VersionState.DRAFT) {
                systems.rename(version.systemId(), nameZh, nameEn);
            }
        }
        if (!systems.writeTree(id, draft.noteZh(), draft.noteEn(), draft.categories())) {
            throw new Conflict("version", "evaluation.system.frozen", version.code(), version.version());
        }
        return systems.version(id).orElseThrow();
    }

    /**
     * Publishes draft {@code id} as its system's next version; from then on it never changes.
     *
     * @throws Conflict when it is published already
     */
    @Transactional
    public SystemVersion publish(Caller caller, long id) {
        EvaluationAccess.requireRunner(caller);
        SystemVersion version = version(caller, id);
        SystemTreeRules.check(version.categories());
        if (!systems.publish(id, caller.username(), clock.instant())) {
            throw new Conflict("version", "evaluation.system.frozen", version.code(), version.version());
        }
        return systems.version(id).orElseThrow();
    }
}

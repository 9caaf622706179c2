package org.mingyuan.platform.policy.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.policy.push.PushKind;
import org.mingyuan.platform.policy.push.PushRequest;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.NearMiss;
import org.mingyuan.rules.match.NearMisses;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes a clause version when it comes into force (精准送): at its publication when it is in force that day, otherwise
 * on its first day in force, when the live matcher builds its copy for that day (or for a later one, after a restart).
 * The enterprises it qualifies that did not qualify under the version it replaces are told in one batch, then those it
 * misses by exactly one of two or more conditions, with that condition. Each version is pushed once: the push is
 * recorded ({@link Notifications#comingIntoForcePushed}), and the inbox's unique key tells no enterprise twice when
 * two instances push the same version at the same moment.
 */
@Component
class ComingIntoForce {

    private static final Logger log = LoggerFactory.getLogger(ComingIntoForce.class);

    private final ClauseCatalog catalog;
    private final PrecisePush pushes;
    private final Notifications notifications;

    ComingIntoForce(ClauseCatalog catalog, PrecisePush pushes, Notifications notifications) {
        this.catalog = catalog;
        this.pushes = pushes;
        this.notifications = notifications;
    }

    /** The pushes of one version coming into force. */
    record Plan(ClauseVersion version, List<PushRequest> eligible, List<PushRequest> nearMisses) {}

    /** The versions registered in {@code copy} whose coming into force has not been pushed yet. */
    List<ClauseVersion> pending(RegistryCopy copy) {
        return notifications.comingIntoForceNotPushed(copy.clauses().values().stream()
                .map(RegistryCopy.Registered::version)
                .toList());
    }

    /** Whether the coming into force of {@code version} has been pushed. */
    boolean pushed(ClauseVersion version) {
        return notifications.comingIntoForceNotPushed(List.of(version)).isEmpty();
    }

    /**
     * On the matcher's thread: pushes the versions of {@code pending}, registered in {@code copy}, one after another,
     * each against the version it replaces as that would match today.
     */
    void pushAll(RegistryCopy copy, List<ClauseVersion> pending) {
        for (ClauseVersion version : pending) {
            push(plan(copy, version, replacedRows(copy, version)));
        }
    }

    /**
     * Whom to tell about {@code version}, registered in {@code copy}: those eligible for it and not in {@code before},
     * and its near misses.
     */
    Plan plan(RegistryCopy copy, ClauseVersion version, RoaringBitmap before) {
        String id = version.clauseId();
        RoaringBitmap gained = copy.matcher.eligibleRows(id);
        gained.andNot(before);
        List<PushRequest> eligible = new ArrayList<>(gained.getCardinality());
        gained.forEach((int row) -> {
            String key = copy.table.keyOf(row);
            copy.member(key)
                    .ifPresent(member -> eligible.add(new PushRequest(
                            member.id(),
                            key,
                            version,
                            Entitlements.amount(copy.matcher.amountOf(id, key)),
                            PushKind.newlyEligible())));
        });
        List<PushRequest> nearMisses = new ArrayList<>();
        List<NearMiss> misses = new NearMisses(copy.matcher, copy.labels).of(id);
        for (NearMiss miss : misses.size() > 1 ? misses : List.<NearMiss>of()) {
            for (String key : miss.enterprises()) {
                copy.member(key)
                        .ifPresent(member -> nearMisses.add(new PushRequest(
                                member.id(), key, version, null, PushKind.nearMiss(List.of(miss.conditionZh())))));
            }
        }
        return new Plan(version, eligible, nearMisses);
    }

    /** Delivers a plan, the eligible first, and records the version as pushed. */
    void push(Plan plan) {
        pushes.deliver(plan.eligible());
        pushes.deliver(plan.nearMisses());
        notifications.comingIntoForcePushed(plan.version());
        log.info(
                "Pushed {} version {} coming into force: {} newly eligible, {} near misses",
                plan.version().clauseId(),
                plan.version().version(),
                plan.eligible().size(),
                plan.nearMisses().size());
    }

    /**
     * The rows eligible under the version {@code version} replaces: the newest published version before it, as
     * registered now or, when the matcher holds another, registered for a moment under a private id.
     */
    RoaringBitmap replacedRows(RegistryCopy copy, ClauseVersion version) {
        Optional<RegistryCopy.Registered> registered = copy.clause(version.clauseId());
        if (registered.isPresent() && registered.get().version().version() == version.version() - 1) {
            return copy.matcher.eligibleRows(version.clauseId());
        }
        for (int earlier = version.version() - 1; earlier >= 1; earlier--) {
            Optional<ClauseVersion> replaced = catalog.version(version.clauseId(), earlier);
            if (replaced.isPresent()) {
                return privately(copy, replaced.get());
            }
        }
        return new RoaringBitmap();
    }

    /**
     * The rows eligible under a version registered under a private id for the time of the question, under the
     * table's write lock: no answer and no push ever sees it.
     */
    private static RoaringBitmap privately(RegistryCopy copy, ClauseVersion version) {
        return copy.underWriteLock(() -> {
            String id = "~private~" + version.clauseId() + "~" + version.version();
            CompiledClause compiled = copy.compiler.compile(ClauseCompiling.draft(version, id));
            copy.matcher.register(compiled);
            try {
                return copy.matcher.eligibleRows(id);
            } finally {
                copy.matcher.withdraw(id);
            }
        });
    }
}

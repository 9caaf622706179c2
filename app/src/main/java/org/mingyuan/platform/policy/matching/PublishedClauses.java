package org.mingyuan.platform.policy.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.mingyuan.platform.policy.PolicyEvents.ClauseWithdrawn;
import org.mingyuan.platform.policy.push.PushKind;
import org.mingyuan.platform.policy.push.PushRequest;
import org.mingyuan.rules.clause.CompiledClause;
import org.mingyuan.rules.match.NearMiss;
import org.mingyuan.rules.match.NearMisses;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Takes a published or withdrawn clause into the live matcher at once, and on publication pushes it to the
 * enterprises that qualify under it but did not under the version it replaces (one batch), then to those it misses
 * by exactly one condition, with that condition. Runs after the publishing transaction commits; an interrupted run is
 * delivered again at the next start, and no enterprise hears twice of one version.
 */
@Component
class PublishedClauses {

    private static final Logger log = LoggerFactory.getLogger(PublishedClauses.class);

    /** How long a publication waits for the matcher to load or to answer, in seconds. */
    private static final long PATIENCE = 600;

    private final LiveMatcher live;
    private final ClauseCatalog catalog;
    private final ClauseCompiling compiling;
    private final PrecisePush pushes;

    PublishedClauses(LiveMatcher live, ClauseCatalog catalog, ClauseCompiling compiling, PrecisePush pushes) {
        this.live = live;
        this.catalog = catalog;
        this.compiling = compiling;
        this.pushes = pushes;
    }

    /** The pushes of one publication. */
    record Plan(List<PushRequest> eligible, List<PushRequest> nearMisses) {}

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ClausePublished published) throws InterruptedException {
        ClauseVersion version = published.clause();
        try {
            requireReady();
            Plan plan = live.onMatcherThread(copy -> plan(copy, version), PATIENCE);
            pushes.deliver(plan.eligible());
            pushes.deliver(plan.nearMisses());
            log.info(
                    "Pushed {} version {}: {} newly eligible, {} near misses",
                    version.clauseId(),
                    version.version(),
                    plan.eligible().size(),
                    plan.nearMisses().size());
        } catch (RuntimeException | InterruptedException failed) {
            log.error(
                    "Could not push {} version {}; tried again at the next start",
                    version.clauseId(),
                    version.version(),
                    failed);
            throw failed;
        }
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ClauseWithdrawn withdrawn) throws InterruptedException {
        requireReady();
        live.onMatcherThread(
                copy -> {
                    live.syncClauses(copy);
                    return null;
                },
                PATIENCE);
    }

    private void requireReady() throws InterruptedException {
        if (!live.awaitReady(PATIENCE)) {
            throw new IllegalStateException("the live matcher is still loading after " + PATIENCE + " s");
        }
    }

    /** On the matcher's thread: registers the clauses in force and finds whom to tell about {@code version}. */
    Plan plan(RegistryCopy copy, ClauseVersion version) {
        String id = version.clauseId();
        RoaringBitmap before = replacedRows(copy, version);
        live.syncClauses(copy);
        Optional<RegistryCopy.Registered> registered =
                copy.clause(id).filter(r -> r.version().equals(version));
        if (registered.isEmpty()) {
            // not in force today (a later validity, or withdrawn meanwhile): nobody qualifies today
            return new Plan(List.of(), List.of());
        }
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
        return new Plan(eligible, nearMisses);
    }

    /**
     * The rows eligible under the version {@code version} replaces: the newest published version before it, as
     * registered now or, when the matcher holds another, registered for a moment under a private id.
     */
    private RoaringBitmap replacedRows(RegistryCopy copy, ClauseVersion version) {
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
    static RoaringBitmap privately(RegistryCopy copy, ClauseVersion version) {
        return underWriteLock(copy, () -> {
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

    static <T> T underWriteLock(RegistryCopy copy, Supplier<T> work) {
        Lock lock = copy.table.lock().writeLock();
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

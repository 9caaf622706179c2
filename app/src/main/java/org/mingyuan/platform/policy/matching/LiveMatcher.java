package org.mingyuan.platform.policy.matching;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.policy.ClauseCatalog;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.matching.RegistryCopy.Member;
import org.mingyuan.platform.policy.push.PushRequest;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseCertified;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseRegistered;
import org.mingyuan.platform.registry.EnterpriseEvents.FactKindAdded;
import org.mingyuan.platform.registry.EnterpriseFacts;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.RegistryChange;
import org.mingyuan.platform.registry.RegistryFacts;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.rules.match.Entitlement;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Explanation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registry in memory as clauses read it, with every clause version in force registered: built in the background
 * once the application is ready, then kept current by following the registry's change sequence (every second, and
 * right after a local change commits), so a change made through any instance reaches this one within seconds.
 * Published and withdrawn clauses, a new fact kind, new codes and the change of day are taken in on a slower check;
 * the last three build a new copy, after which the enterprises it newly qualifies and the clause versions that came into
 * force are pushed. The day is that of the platform's {@link Clock} in China.
 *
 * <p>One thread of its own changes the copy; answers read it under the rules table's lock, so no answer mixes two
 * states. Until the first copy is built every answer throws {@link MatcherLoading}.
 */
@Service
public class LiveMatcher {

    private static final Logger log = LoggerFactory.getLogger(LiveMatcher.class);

    private final RegistryFacts registry;
    private final ClauseCatalog catalog;
    private final ClauseCompiling compiling;
    private final PrecisePush pushes;
    private final ComingIntoForce comingIntoForce;
    private final MatchingProperties properties;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread named = new Thread(runnable, "live-matcher");
        named.setDaemon(true);
        return named;
    });
    private final ExecutorService startUpWork = Executors.newSingleThreadExecutor(runnable -> {
        Thread named = new Thread(runnable, "live-matcher-start-up");
        named.setDaemon(true);
        return named;
    });
    private final CompletableFuture<Void> firstCopy = new CompletableFuture<>();
    private final AtomicLong loaded = new AtomicLong();
    private final AtomicBoolean followQueued = new AtomicBoolean();
    private final AtomicBoolean rebuildWanted = new AtomicBoolean();
    private final AtomicBoolean comingIntoForceFailed = new AtomicBoolean();
    private volatile @Nullable RegistryCopy copy;
    private volatile boolean started;

    LiveMatcher(
            RegistryFacts registry,
            ClauseCatalog catalog,
            ClauseCompiling compiling,
            PrecisePush pushes,
            ComingIntoForce comingIntoForce,
            MatchingProperties properties,
            Clock clock) {
        this.registry = registry;
        this.catalog = catalog;
        this.compiling = compiling;
        this.pushes = pushes;
        this.comingIntoForce = comingIntoForce;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (started) {
            return;
        }
        started = true;
        thread.execute(() -> guarded("build", () -> {
            if (copy == null) {
                build();
            }
        }));
        thread.scheduleWithFixedDelay(
                () -> guarded("follow", this::follow),
                properties.followInterval().toMillis(),
                properties.followInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(
                () -> guarded("refresh", this::refresh),
                properties.refreshInterval().toMillis(),
                properties.refreshInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        startUpWork.shutdownNow();
        thread.shutdownNow();
        startUpWork.awaitTermination(10, TimeUnit.SECONDS);
        thread.awaitTermination(10, TimeUnit.SECONDS);
        RegistryCopy last = copy;
        copy = null;
        if (last != null) {
            last.close();
        }
    }

    /** Whether the first copy of the registry is built. */
    public boolean ready() {
        return copy != null;
    }

    /**
     * Runs start-up work that needs the matcher (demo data checked against clauses) once the first copy is built, on
     * the matcher's start-up thread, which stops with the application (interrupting the work, which is then logged as
     * stopped). Not run, and logged, when the matcher is not ready within five minutes; a failure of the work is
     * logged, never hidden.
     */
    public void onceReady(String name, Runnable work) {
        firstCopy
                .copy()
                .orTimeout(5, TimeUnit.MINUTES)
                .thenRunAsync(work, startUpWork)
                .whenComplete((done, failed) -> {
                    if (failed instanceof CompletionException wrapped && wrapped.getCause() != null) {
                        failed = wrapped.getCause();
                    }
                    if (failed instanceof TimeoutException) {
                        log.error("{} not run: the live matcher was not ready within five minutes", name);
                    } else if (failed != null && startUpWork.isShutdown()) {
                        log.info("{} stopped with the application before it finished", name);
                    } else if (failed != null) {
                        log.error("{} failed", name, failed);
                    }
                });
    }

    /** How many enterprises the matcher holds, or has loaded so far while building its first copy. */
    public long enterprises() {
        RegistryCopy now = copy;
        return now == null ? loaded.get() : now.size();
    }

    /** The change sequence position the matcher has followed to; 0 while loading. */
    public long followedTo() {
        RegistryCopy now = copy;
        return now == null ? 0 : now.seq();
    }

    /** The copy answers read; refused with {@link MatcherLoading} until the first is built. */
    RegistryCopy current() {
        RegistryCopy now = copy;
        if (now == null) {
            throw new MatcherLoading(loaded.get());
        }
        return now;
    }

    /**
     * The clauses the enterprise with {@code creditCode} qualifies for now, with amounts, and the nearest it misses
     * with what it lacks. Empty lists for an enterprise the matcher does not hold yet.
     */
    public Matches matches(String creditCode) {
        RegistryCopy now = current();
        if (now.member(creditCode).isEmpty()) {
            return new Matches(now.day, List.of(), List.of());
        }
        return Entitlements.of(now.matcher, now.labels, now.clauses(), creditCode, properties.nearMisses());
    }

    /**
     * Why the enterprise with {@code creditCode} meets or misses the version of {@code clauseId} in force, condition by
     * condition; empty when the matcher does not hold the enterprise or no version of the clause is in force.
     */
    public Optional<Explained> explain(String creditCode, String clauseId) {
        RegistryCopy now = current();
        RegistryCopy.Registered clause = now.clauses().get(clauseId);
        if (clause == null || now.member(creditCode).isEmpty()) {
            return Optional.empty();
        }
        Explanation explanation = new Explainer(now.matcher, now.labels).explain(creditCode, clauseId);
        return Optional.of(Explained.of(clauseId, clause.version().version(), explanation));
    }

    /** Runs {@code work} on the matcher's own thread, so nothing changes the copy meanwhile, and waits for it. */
    <T> T onMatcherThread(Function<RegistryCopy, T> work, long timeoutSeconds) {
        Callable<T> task = () -> work.apply(current());
        Future<T> result = thread.submit(task);
        try {
            return result.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IllegalStateException("interrupted waiting for the live matcher", interrupted);
        } catch (TimeoutException late) {
            result.cancel(true);
            throw new IllegalStateException("the live matcher did not answer within " + timeoutSeconds + " s", late);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    /** Waits until the first copy is built, at most {@code timeoutSeconds}; false when it is not built by then. */
    boolean awaitReady(long timeoutSeconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (copy == null && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        return copy != null;
    }

    // ---- following the registry

    @EventListener
    void on(EnterpriseChanged changed) {
        followAfterCommit();
    }

    @EventListener
    void on(EnterpriseRegistered registered) {
        followAfterCommit();
    }

    @EventListener
    void on(EnterpriseCertified certified) {
        followAfterCommit();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(FactKindAdded added) {
        rebuildWanted.set(true);
        queueFollow();
    }

    /** Reads the change sequence once the current transaction has committed (at once outside one). */
    private void followAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    queueFollow();
                }
            });
        } else {
            queueFollow();
        }
    }

    private void queueFollow() {
        if (started && followQueued.compareAndSet(false, true)) {
            try {
                thread.execute(() -> {
                    followQueued.set(false);
                    guarded("follow", this::follow);
                });
            } catch (java.util.concurrent.RejectedExecutionException stopping) {
                followQueued.set(false);
            }
        }
    }

    /**
     * Builds a new copy from the database and puts it in place of the old one; the old one answers meanwhile. Then
     * pushes the clause versions in force whose coming into force was not pushed yet, and, unless this is the first
     * copy, the enterprises the new copy newly qualifies for a clause both copies hold.
     */
    private void build() {
        long started = System.nanoTime();
        rebuildWanted.set(false);
        long position = registry.latestChange();
        LocalDate day = RegistryTime.today(clock);
        RegistryCopy next = new RegistryCopy(day, registry.schema());
        boolean first = copy == null;
        List<ClauseVersion> arriving;
        try {
            List<EnterpriseFacts> page = new ArrayList<>(Math.min(properties.pageSize(), 65_536));
            registry.forEach(day, enterprise -> {
                page.add(enterprise);
                if (page.size() >= properties.pageSize()) {
                    next.load(page);
                    if (first) {
                        loaded.addAndGet(page.size());
                    }
                    page.clear();
                }
            });
            next.load(page);
            next.register(compiling.compile(next, catalog.inForce(day)));
            next.followedTo(position);
            arriving = comingIntoForce.pending(next);
        } catch (RuntimeException failed) {
            next.close();
            throw failed;
        }
        RegistryCopy old = copy;
        copy = next;
        firstCopy.complete(null);
        List<PushRequest> gained = List.of();
        if (old != null) {
            try {
                if (properties.pushChanges()) {
                    Set<String> skipped = new HashSet<>();
                    arriving.forEach(version -> skipped.add(version.clauseId()));
                    gained = pushes.forRebuild(old, next, skipped);
                }
            } finally {
                old.close();
            }
        }
        log.info(
                "Live matcher built: {} enterprises, {} clauses in force on {}, in {} ms",
                next.size(),
                next.clauseIds().size(),
                day,
                (System.nanoTime() - started) / 1_000_000);
        pushes.deliver(gained);
        pushComingIntoForce(next, arriving);
        follow();
    }

    /** Pushes versions coming into force; when that fails, the next refresh tries again. */
    private void pushComingIntoForce(RegistryCopy now, List<ClauseVersion> arriving) {
        comingIntoForceFailed.set(true);
        comingIntoForce.pushAll(now, arriving);
        comingIntoForceFailed.set(false);
    }

    /** Takes in every change after the copy's position, enterprise by enterprise, and pushes what they newly meet. */
    private void follow() {
        RegistryCopy now = copy;
        if (now == null) {
            return;
        }
        if (rebuildWanted.get() || schemaChanged(now)) {
            build();
            return;
        }
        while (true) {
            List<RegistryChange> changes = registry.changesSince(now.seq(), properties.changeBatch());
            if (changes.isEmpty()) {
                return;
            }
            Set<EnterpriseId> changed = new LinkedHashSet<>();
            changes.forEach(change -> changed.add(change.enterprise()));
            List<PushRequest> requests = new ArrayList<>();
            for (EnterpriseId id : changed) {
                Optional<EnterpriseFacts> facts = registry.of(id, now.day);
                if (facts.isEmpty()) {
                    now.remove(id);
                    continue;
                }
                EnterpriseFacts enterprise = facts.get();
                Set<String> before = eligible(now, enterprise.creditCode());
                Map<String, Object> valuesBefore = values(now, enterprise.creditCode());
                now.upsert(enterprise);
                if (properties.pushChanges()) {
                    Member member = now.member(enterprise.creditCode()).orElseThrow();
                    requests.addAll(pushes.forChange(
                            now, member, before, changedFacts(valuesBefore, values(now, enterprise.creditCode()))));
                }
            }
            now.followedTo(changes.get(changes.size() - 1).seq());
            pushes.deliver(requests);
            if (schemaChanged(now)) {
                build();
                return;
            }
            if (changes.size() < properties.changeBatch()) {
                return;
            }
        }
    }

    private static Set<String> eligible(RegistryCopy copy, String creditCode) {
        if (copy.member(creditCode).isEmpty()) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Entitlement entitlement : copy.matcher.eligibleClauses(creditCode)) {
            ids.add(entitlement.clauseId());
        }
        return ids;
    }

    /** The row's values as the table holds them, by fact; empty for an enterprise the table does not hold. */
    private static Map<String, Object> values(RegistryCopy copy, String creditCode) {
        Map<String, Object> values = new HashMap<>();
        copy.table.lock().readLock().lock();
        try {
            copy.table
                    .rowOf(creditCode)
                    .ifPresent(row -> copy.schema.facts().forEach(fact -> {
                        Object value = copy.table.column(fact.name()).celValue(row);
                        if (value != null) {
                            values.put(fact.name(), value);
                        }
                    }));
        } finally {
            copy.table.lock().readLock().unlock();
        }
        return values;
    }

    private static Set<String> changedFacts(Map<String, Object> before, Map<String, Object> after) {
        Set<String> changed = new LinkedHashSet<>();
        before.forEach((fact, value) -> {
            if (!value.equals(after.get(fact))) {
                changed.add(fact);
            }
        });
        after.keySet().stream().filter(fact -> !before.containsKey(fact)).forEach(changed::add);
        return changed;
    }

    /**
     * Whether the copy met values its schema cannot hold and the registry's schema has changed since it was built (a
     * park, code or fact kind added): a copy built afresh can hold them. A value the registry's own schema lacks
     * cannot be held by any copy and does not make it rebuild.
     */
    private boolean schemaChanged(RegistryCopy now) {
        if (!now.stale() || now.schemaChecked()) {
            return false;
        }
        return !registry.schema().equals(now.facts);
    }

    /** Rebuilds on a new day, a new schema or codes the copy cannot hold; otherwise takes in the clauses in force. */
    private void refresh() {
        RegistryCopy now = copy;
        if (now == null) {
            build();
            return;
        }
        if (!RegistryTime.today(clock).equals(now.day)
                || rebuildWanted.get()
                || !registry.schema().equals(now.facts)) {
            build();
            return;
        }
        syncClauses(now);
        if (comingIntoForceFailed.get()) {
            pushComingIntoForce(now, comingIntoForce.pending(now));
        }
    }

    /** Registers the versions in force that the copy lacks or holds an older version of, and withdraws the rest. */
    void syncClauses(RegistryCopy now) {
        List<ClauseVersion> inForce = catalog.inForce(now.day);
        Map<String, RegistryCopy.Registered> registered = now.clauses();
        List<ClauseVersion> changed = inForce.stream()
                .filter(v -> !registered.containsKey(v.clauseId())
                        || !registered.get(v.clauseId()).version().equals(v))
                .toList();
        if (!changed.isEmpty()) {
            now.register(compiling.compile(now, changed));
        }
        Set<String> keep = new LinkedHashSet<>();
        inForce.forEach(v -> keep.add(v.clauseId()));
        registered.keySet().stream().filter(id -> !keep.contains(id)).forEach(now::withdraw);
    }

    private void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException failed) {
            log.error("Live matcher could not {}; it tries again at the next turn", what, failed);
            if (failed instanceof IllegalArgumentException) {
                // a value the copy cannot hold: a fresh copy from the schema as it is now can
                rebuildWanted.set(true);
            }
        }
    }
}

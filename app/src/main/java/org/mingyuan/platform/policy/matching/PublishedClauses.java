package org.mingyuan.platform.policy.matching;

import java.util.Optional;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.mingyuan.platform.policy.PolicyEvents.ClauseWithdrawn;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Takes a published or withdrawn clause into the live matcher at once, and pushes a published version that is in force
 * today ({@link ComingIntoForce}); a version that starts on a later day is pushed on that day. Runs after the publishing
 * transaction commits; an interrupted run is delivered again at the next start, and no enterprise hears twice of one
 * version.
 */
@Component
class PublishedClauses {

    private static final Logger log = LoggerFactory.getLogger(PublishedClauses.class);

    /** How long a publication waits for the matcher to load or to answer, in seconds. */
    private static final long PATIENCE = 600;

    private final LiveMatcher live;
    private final ComingIntoForce comingIntoForce;

    PublishedClauses(LiveMatcher live, ComingIntoForce comingIntoForce) {
        this.live = live;
        this.comingIntoForce = comingIntoForce;
    }

    @Async
    @TransactionalEventListener(fallbackExecution = true)
    void on(ClausePublished published) throws InterruptedException {
        ClauseVersion version = published.clause();
        try {
            requireReady();
            live.onMatcherThread(copy -> plan(copy, version), PATIENCE).ifPresent(comingIntoForce::push);
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

    /**
     * On the matcher's thread: registers the clauses in force and finds whom to tell about {@code version}; empty when
     * it is not in force today (it starts on a later day, or was withdrawn meanwhile) or was pushed already (by the
     * matcher's first copy at start, which pushes every version in force not pushed yet).
     */
    Optional<ComingIntoForce.Plan> plan(RegistryCopy copy, ClauseVersion version) {
        if (comingIntoForce.pushed(version)) {
            live.syncClauses(copy);
            return Optional.empty();
        }
        RoaringBitmap before = comingIntoForce.replacedRows(copy, version);
        live.syncClauses(copy);
        if (copy.clause(version.clauseId())
                .filter(r -> r.version().equals(version))
                .isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(comingIntoForce.plan(copy, version, before));
    }
}

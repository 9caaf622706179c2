package org.mingyuan.platform.policy.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mingyuan.platform.policy.ClauseMode;
import org.mingyuan.platform.policy.ClauseVersion;
import org.mingyuan.platform.policy.matching.MatchingEvents.GrantsQualified;
import org.mingyuan.platform.policy.matching.MatchingEvents.Qualified;
import org.mingyuan.platform.policy.matching.RegistryCopy.Member;
import org.mingyuan.platform.policy.push.Notifications;
import org.mingyuan.platform.policy.push.PushKind;
import org.mingyuan.platform.policy.push.PushRequest;
import org.mingyuan.rules.match.Entitlement;
import org.mingyuan.rules.match.Explainer;
import org.mingyuan.rules.match.Explanation;
import org.roaringbitmap.RoaringBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides whom to tell about what (精准送): an enterprise whose facts changed is told of the clauses it newly
 * qualifies for, and of those it now misses by exactly one of two or more conditions, with that condition in words
 * (a clause of one condition has no near misses: every firm not eligible misses it by one); after the registry's copy
 * is rebuilt (a new day, a new fact kind or codes), the enterprises the new copy newly qualifies are told. Only clause
 * versions registered under their clause ids are ever pushed, never a simulation's draft. An enterprise newly
 * qualified for a clause granted without application (免申即享) is not pushed: {@link GrantsQualified} is published
 * for it, and whoever grants the award tells it.
 */
@Component
class PrecisePush {

    private static final Logger log = LoggerFactory.getLogger(PrecisePush.class);

    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    PrecisePush(Notifications notifications, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.notifications = notifications;
        this.events = events;
        this.transaction = transaction;
    }

    /**
     * What to tell an enterprise whose facts just changed.
     *
     * @param before the clause ids it qualified for before the change
     * @param changed the facts whose values changed; only clauses reading one of them can have become near misses
     */
    List<PushRequest> forChange(RegistryCopy copy, Member member, Set<String> before, Set<String> changed) {
        List<PushRequest> requests = new ArrayList<>();
        List<String> qualified = new ArrayList<>();
        for (Entitlement entitlement : copy.matcher.eligibleClauses(member.creditCode())) {
            qualified.add(entitlement.clauseId());
            if (!before.contains(entitlement.clauseId())) {
                copy.clause(entitlement.clauseId())
                        .ifPresent(clause -> requests.add(new PushRequest(
                                member.id(),
                                member.creditCode(),
                                clause.version(),
                                Entitlements.amount(entitlement.amount()),
                                PushKind.newlyEligible())));
            }
        }
        if (changed.isEmpty()) {
            return requests;
        }
        Explainer explainer = new Explainer(copy.matcher, copy.labels);
        copy.clauses().forEach((id, clause) -> {
            if (qualified.contains(id)
                    || clause.reads().stream().noneMatch(changed::contains)
                    || explainer.unmet(member.creditCode(), id) != 1) {
                return;
            }
            Explanation explanation = explainer.explain(member.creditCode(), id);
            List<Matches.Lack> lacking = Entitlements.lacking(explanation);
            if (lacking.size() == 1 && Entitlements.conditions(explanation) > 1) {
                requests.add(new PushRequest(
                        member.id(),
                        member.creditCode(),
                        clause.version(),
                        null,
                        PushKind.nearMiss(List.of(lacking.get(0).zh()))));
            }
        });
        return requests;
    }

    /**
     * What to tell after a rebuild: for every clause registered in both copies and not in {@code skipped}, the
     * enterprises eligible in {@code next} that were not in {@code old}, matched by credit code, about the version
     * {@code next} holds. Bitmap algebra per clause after one pass over the old copy's rows; only the enterprises who
     * gained are looked at one by one.
     */
    List<PushRequest> forRebuild(RegistryCopy old, RegistryCopy next, Set<String> skipped) {
        RowMapping rows = new RowMapping(old.table, next.table);
        List<PushRequest> requests = new ArrayList<>();
        Map<String, RegistryCopy.Registered> before = old.clauses();
        next.clauses().forEach((id, clause) -> {
            if (skipped.contains(id) || !before.containsKey(id)) {
                return;
            }
            RoaringBitmap gained = next.matcher.eligibleRows(id);
            gained.andNot(rows.carry(old.matcher.eligibleRows(id)));
            gained.forEach((int row) -> {
                String key = next.table.keyOf(row);
                next.member(key)
                        .ifPresent(member -> requests.add(new PushRequest(
                                member.id(),
                                key,
                                clause.version(),
                                Entitlements.amount(next.matcher.amountOf(id, key)),
                                PushKind.newlyEligible())));
            });
        });
        log.debug(
                "A rebuild newly qualified {} enterprise-clause pairs ({} rows moved)",
                requests.size(),
                rows.movedRows());
        return requests;
    }

    /**
     * Delivers the requests in one batch; each enterprise hears of a clause version and kind at most once. Newly
     * eligible enterprises of a clause granted without application are published as {@link GrantsQualified}, at most
     * {@link MatchingEvents#MOST_PER_EVENT} to an event, all in one transaction, before the pushes.
     */
    void deliver(List<PushRequest> requests) {
        if (requests.isEmpty()) {
            return;
        }
        Map<ClauseVersion, List<Qualified>> granted = new LinkedHashMap<>();
        List<PushRequest> pushed = new ArrayList<>(requests.size());
        for (PushRequest request : requests) {
            if (request.clause().mode() == ClauseMode.AUTO && request.kind() instanceof PushKind.NewlyEligible) {
                granted.computeIfAbsent(request.clause(), version -> new ArrayList<>())
                        .add(new Qualified(request.enterprise(), request.creditCode(), request.estimatedAmount()));
            } else {
                pushed.add(request);
            }
        }
        if (!granted.isEmpty()) {
            transaction.executeWithoutResult(status -> granted.forEach((version, enterprises) -> {
                for (int from = 0; from < enterprises.size(); from += MatchingEvents.MOST_PER_EVENT) {
                    int to = Math.min(enterprises.size(), from + MatchingEvents.MOST_PER_EVENT);
                    events.publishEvent(new GrantsQualified(version, enterprises.subList(from, to)));
                }
            }));
        }
        if (pushed.isEmpty()) {
            return;
        }
        Notifications.Delivered delivered = notifications.pushAll(pushed);
        log.debug("Pushed {} messages, {} e-mails queued", delivered.messages(), delivered.emails());
    }
}

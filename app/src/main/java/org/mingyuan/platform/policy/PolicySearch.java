package org.mingyuan.platform.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.mingyuan.platform.policy.PolicyEvents.ClauseWithdrawn;
import org.mingyuan.platform.policy.PolicyEvents.PolicySaved;
import org.mingyuan.platform.policy.internal.PolicyIndex;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Public policy search (查看): the published policies in a Lucene index with Chinese analysis, rebuilt from the
 * database at start and updated after every publication, withdrawal and policy change. Anyone may search; only
 * published clauses are indexed.
 */
@Service
public class PolicySearch {

    /** The longest query text. */
    public static final int MAX_QUERY = 100;

    /** The most results a search gives. */
    public static final int MAX_RESULTS = 200;

    /**
     * A search: words, and filters that are null when not used.
     *
     * @param openOn only policies with a clause in force that takes applications on this day
     */
    public record Query(
            String text,
            @Nullable PolicyLevel level,
            @Nullable String department,
            @Nullable String tag,
            @Nullable String park,
            @Nullable LocalDate openOn) {}

    /** A found policy with its clauses in force today. */
    public record Hit(
            long id,
            String code,
            String titleZh,
            String titleEn,
            String departmentZh,
            @Nullable String documentNumber,
            @Nullable LocalDate issuedOn,
            PolicyLevel level,
            List<String> tags,
            List<String> parks,
            boolean demo,
            List<String> clauseTitles) {}

    private final PolicyDesk desk;
    private final PolicyIndex index = new PolicyIndex();
    private volatile Map<Long, Policy> published = Map.of();
    private volatile boolean built;

    PolicySearch(PolicyDesk desk) {
        this.desk = desk;
    }

    /** Rebuilds the index from the database. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public synchronized void rebuild() {
        Map<Long, Policy> visible = new LinkedHashMap<>();
        List<PolicyIndex.Entry> entries = new ArrayList<>();
        for (Policy policy : desk.all()) {
            publicView(policy).ifPresent(p -> {
                visible.put(p.id(), p);
                entries.add(entry(p));
            });
        }
        index.rebuild(entries);
        published = visible;
        built = true;
    }

    private synchronized void refresh(long policyId) {
        if (!built) {
            rebuild();
            return;
        }
        Optional<Policy> visible = publicView(desk.load(policyId));
        Map<Long, Policy> copy = new LinkedHashMap<>(published);
        if (visible.isPresent()) {
            copy.put(policyId, visible.get());
        } else {
            copy.remove(policyId);
        }
        index.put(policyId, visible.map(PolicySearch::entry).orElse(null));
        published = copy;
    }

    /** The policy as the public sees it: its clauses with a published version, none if it has none. */
    private static Optional<Policy> publicView(Policy policy) {
        List<Clause> clauses = policy.clauses().stream()
                .filter(c -> c.latestPublished().isPresent())
                .toList();
        return clauses.isEmpty()
                ? Optional.empty()
                : Optional.of(new Policy(policy.id(), policy.content(), policy.updatedAt(), clauses));
    }

    private static PolicyIndex.Entry entry(Policy policy) {
        PolicyContent p = policy.content();
        StringBuilder text = new StringBuilder();
        append(
                text,
                p.titleZh(),
                p.titleEn(),
                p.departmentZh(),
                p.departmentEn(),
                p.documentNumber(),
                p.interpretation(),
                String.join(" ", p.tags()));
        StringBuilder title = new StringBuilder();
        append(title, p.titleZh(), p.titleEn());
        for (Clause clause : policy.clauses()) {
            ClauseContent c = clause.latestPublished().orElseThrow().content();
            append(title, c.titleZh(), c.titleEn());
            append(text, c.summaryZh(), c.summaryEn(), c.legalBasis(), String.join(" ", c.materials()));
        }
        return new PolicyIndex.Entry(
                policy.id(),
                title.toString(),
                text.toString(),
                p.level().name(),
                List.of(p.departmentZh(), p.departmentEn()),
                p.tags(),
                p.parks());
    }

    private static void append(StringBuilder out, @Nullable String... parts) {
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(part).append('\n');
            }
        }
    }

    /**
     * Finds published policies, best match first.
     *
     * @throws InvalidRequest naming {@code q} when the text is longer than {@link #MAX_QUERY}
     */
    public List<Hit> search(Query query) {
        String text = query.text() == null ? "" : query.text();
        if (text.length() > MAX_QUERY) {
            throw new InvalidRequest("q", "policy.search.tooLong", MAX_QUERY);
        }
        if (!built) {
            rebuild();
        }
        var filter = new PolicyIndex.Filter(
                query.level() == null ? null : query.level().name(), query.department(), query.tag(), query.park());
        Map<Long, Policy> now = published;
        List<Hit> hits = new ArrayList<>();
        for (long id : index.search(text, filter, MAX_RESULTS)) {
            Policy policy = now.get(id);
            if (policy == null || query.openOn() != null && !openOn(policy, query.openOn())) {
                continue;
            }
            hits.add(hit(policy));
        }
        return hits;
    }

    private static boolean openOn(Policy policy, LocalDate day) {
        return policy.clauses().stream()
                .anyMatch(c -> c.inForceOn(day).filter(v -> v.openOn(day)).isPresent());
    }

    private static Hit hit(Policy policy) {
        PolicyContent p = policy.content();
        return new Hit(
                policy.id(),
                p.code(),
                p.titleZh(),
                p.titleEn(),
                p.departmentZh(),
                p.documentNumber(),
                p.issuedOn(),
                p.level(),
                p.tags(),
                p.parks(),
                p.demo(),
                policy.clauses().stream()
                        .map(c -> c.latestPublished().orElseThrow().content().titleZh())
                        .toList());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClausePublished event) {
        refresh(event.clause().policyId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ClauseWithdrawn event) {
        desk.clauseOwner(event.clauseId()).ifPresent(this::refresh);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PolicySaved event) {
        if (built) {
            refresh(event.policyId());
        }
    }
}

package org.mingyuan.platform.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.internal.ChainSegments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The industry-chain taxonomy (upstream infrastructure to periphery), kept as editable data. */
@Service
public class ChainTaxonomy {

    private static final Set<String> TIERS = Set.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM", "PERIPHERY");

    private final ChainSegments segments;

    ChainTaxonomy(ChainSegments segments) {
        this.segments = segments;
    }

    /** Every segment, upstream first. */
    @Transactional(readOnly = true)
    public List<ChainSegment> all() {
        return segments.all();
    }

    /** Adds a segment or replaces an existing one's labels, tier and position. */
    @Transactional
    public ChainSegment save(ChainSegment segment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (segment.code() == null || !segment.code().matches("[a-z][a-z0-9-]{1,39}")) {
            problems.add(new FieldProblem("code", "registry.segmentCode", List.of(String.valueOf(segment.code()))));
        }
        if (segment.tier() == null || !TIERS.contains(segment.tier())) {
            problems.add(new FieldProblem("tier", "registry.tier", List.of(String.valueOf(segment.tier()), TIERS)));
        }
        if (segment.nameZh() == null
                || segment.nameZh().isBlank()
                || segment.nameZh().length() > 60) {
            problems.add(new FieldProblem("nameZh", "registry.label", List.of(60)));
        }
        if (segment.nameEn() == null
                || segment.nameEn().isBlank()
                || segment.nameEn().length() > 80) {
            problems.add(new FieldProblem("nameEn", "registry.label", List.of(80)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        segments.save(segment);
        return segments.byCode(segment.code()).orElseThrow();
    }
}

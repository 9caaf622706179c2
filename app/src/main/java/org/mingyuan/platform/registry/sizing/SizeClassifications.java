package org.mingyuan.platform.registry.sizing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.stereotype.Component;

/**
 * Derives an enterprise's size class under the SME standard in force on a given date.
 *
 * <p>Revenue and assets are in 万元 (10,000 CNY), staff in persons. See {@link SmeClassifier} for
 * the rules.
 */
@Component
public final class SizeClassifications {

    private final SmeStandards standards;
    private final Map<String, SmeClassifier> classifiers = new ConcurrentHashMap<>();

    SizeClassifications(SmeStandards standards) {
        this.standards = standards;
    }

    /**
     * The size class on {@code asOf}; empty when a measure the industry's group needs is missing or
     * the industry code is too coarse to pick a group (e.g. {@code K}).
     *
     * @param industryCode GB/T 4754-2017 code: a section letter A–T, optionally 2 to 4 digits
     * @throws InvalidRequest for field {@code industryCode} when malformed, for {@code staff},
     *     {@code revenue} or {@code assets} when negative, for {@code asOf} when no standard was in force
     */
    public Optional<SizeClass> classify(
            LocalDate asOf,
            String industryCode,
            @Nullable Long staff,
            @Nullable BigDecimal revenue,
            @Nullable BigDecimal assets) {
        return classifier(asOf).classify(industryCode, staff, revenue, assets);
    }

    /**
     * The code of the standard in force on {@code asOf}, e.g. {@code MIIT-2011-300}.
     *
     * @throws InvalidRequest for field {@code asOf} when no standard was in force
     */
    public String standardCode(LocalDate asOf) {
        return classifier(asOf).standard().code();
    }

    private SmeClassifier classifier(LocalDate asOf) {
        SmeStandard standard =
                standards.inForce(asOf).orElseThrow(() -> new InvalidRequest("asOf", "sizeClass.noStandard", asOf));
        return classifiers.computeIfAbsent(standard.code(), code -> new SmeClassifier(standard));
    }
}

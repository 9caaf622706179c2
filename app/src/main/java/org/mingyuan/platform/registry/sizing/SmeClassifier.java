package org.mingyuan.platform.registry.sizing;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.registry.SizeClass;

/**
 * Classifies enterprises by one SME standard; pure, immutable and safe to share.
 *
 * <p>The industry group is the one with the longest prefix of the GB/T 4754 industry code, else
 * the standard's one group without prefixes. A code that stops above a finer split the standard
 * makes (for example {@code K} or {@code K70}, which hold both 房地产开发经营 and 物业管理) has no
 * group and cannot be classified. Within its group an enterprise is small-or-medium when below
 * either ceiling ("以下" is strictly below), medium when at or above both medium minima ("及以上"),
 * small when at or above both small minima, micro otherwise; an enterprise under no ceiling is
 * large.
 */
public final class SmeClassifier {

    private static final Pattern INDUSTRY_CODE = Pattern.compile("^[A-T]([0-9]{2,4})?$");

    private final SmeStandard standard;
    private final Map<String, IndustryGroup> byPrefix = new HashMap<>();
    private final IndustryGroup fallback;

    /**
     * A classifier for this standard.
     *
     * @throws IllegalArgumentException unless exactly one group has no prefix, no prefix is used
     *     twice and every group has one or two measures
     */
    public SmeClassifier(SmeStandard standard) {
        this.standard = standard;
        List<IndustryGroup> fallbacks =
                standard.groups().stream().filter(g -> g.prefixes().isEmpty()).toList();
        if (fallbacks.size() != 1) {
            throw new IllegalArgumentException(
                    standard.code() + " has " + fallbacks.size() + " groups without industry prefixes, want exactly 1");
        }
        this.fallback = fallbacks.get(0);
        for (IndustryGroup group : standard.groups()) {
            long measures = group.thresholds().stream()
                    .map(Threshold::measure)
                    .distinct()
                    .count();
            if (measures < 1 || measures > 2 || measures != group.thresholds().size()) {
                throw new IllegalArgumentException(standard.code() + " group " + group.code() + " has "
                        + group.thresholds().size() + " thresholds, want 1 or 2 for distinct measures");
            }
            for (String prefix : group.prefixes()) {
                if (byPrefix.put(prefix, group) != null) {
                    throw new IllegalArgumentException(standard.code() + " lists industry prefix " + prefix + " twice");
                }
            }
        }
    }

    /** The standard this classifier applies. */
    public SmeStandard standard() {
        return standard;
    }

    /**
     * The industry group of a GB/T 4754 code; empty when the code stops above a split the standard makes.
     *
     * @throws InvalidRequest for field {@code industryCode} unless the code is a section letter
     *     A–T optionally followed by 2 to 4 digits
     */
    public Optional<IndustryGroup> group(String industryCode) {
        if (!INDUSTRY_CODE.matcher(industryCode).matches()) {
            throw new InvalidRequest("industryCode", "sizeClass.industryCode", industryCode);
        }
        IndustryGroup group = fallback;
        for (int length = industryCode.length(); length > 0; length--) {
            IndustryGroup match = byPrefix.get(industryCode.substring(0, length));
            if (match != null) {
                group = match;
                break;
            }
        }
        for (Map.Entry<String, IndustryGroup> finer : byPrefix.entrySet()) {
            String prefix = finer.getKey();
            if (prefix.length() > industryCode.length()
                    && prefix.startsWith(industryCode)
                    && finer.getValue() != group) {
                return Optional.empty();
            }
        }
        return Optional.of(group);
    }

    /**
     * The size class of an enterprise; empty when its group needs a measure that is missing, or when
     * the industry code is too coarse to pick a group (see {@link #group}).
     *
     * @param staff persons employed
     * @param revenue10kCny operating revenue in 万元
     * @param assets10kCny total assets in 万元
     * @throws InvalidRequest for a malformed industry code or a negative measure
     */
    public Optional<SizeClass> classify(
            String industryCode,
            @Nullable Long staff,
            @Nullable BigDecimal revenue10kCny,
            @Nullable BigDecimal assets10kCny) {
        Map<Measure, BigDecimal> given = new EnumMap<>(Measure.class);
        put(given, Measure.STAFF, "staff", staff == null ? null : BigDecimal.valueOf(staff));
        put(given, Measure.REVENUE, "revenue", revenue10kCny);
        put(given, Measure.ASSETS, "assets", assets10kCny);
        return group(industryCode).flatMap(group -> classify(group.thresholds(), given));
    }

    private static Optional<SizeClass> classify(List<Threshold> thresholds, Map<Measure, BigDecimal> given) {
        boolean belowACeiling = false;
        boolean medium = true;
        boolean small = true;
        for (Threshold threshold : thresholds) {
            BigDecimal value = given.get(threshold.measure());
            if (value == null) {
                return Optional.empty();
            }
            belowACeiling |= value.compareTo(threshold.smeCeiling()) < 0;
            medium &= value.compareTo(threshold.mediumMinimum()) >= 0;
            small &= value.compareTo(threshold.smallMinimum()) >= 0;
        }
        if (!belowACeiling) {
            return Optional.of(SizeClass.LARGE);
        }
        return Optional.of(medium ? SizeClass.MEDIUM : small ? SizeClass.SMALL : SizeClass.MICRO);
    }

    private static void put(Map<Measure, BigDecimal> given, Measure measure, String field, @Nullable BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            throw new InvalidRequest(field, "sizeClass.negative", field, value);
        }
        given.put(measure, value);
    }
}

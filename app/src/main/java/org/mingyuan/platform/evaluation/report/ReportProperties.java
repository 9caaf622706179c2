package org.mingyuan.platform.evaluation.report;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the evaluation reports, bound from {@code mingyuan.reports.*}.
 *
 * @param cjkFont the font file PDF reports set Chinese in (a TrueType-outline {@code .ttf} or {@code .ttc} that
 *     covers Simplified Chinese); unset: the first such font found under the usual font folders
 */
@ConfigurationProperties("mingyuan.reports")
public record ReportProperties(@Nullable String cjkFont) {}

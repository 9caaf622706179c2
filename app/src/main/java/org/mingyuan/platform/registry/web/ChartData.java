package org.mingyuan.platform.registry.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.registry.Occupancy.SegmentCount;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the data of the pages' ECharts charts as JSON for {@code data-points} attributes; the
 * drawing is done by {@code /js/charts.js}, since the pages allow no inline scripts.
 */
@Component
class ChartData {

    /** One bar of a park's chain chart: a segment with its tier and number of enterprises. */
    record SegmentBar(String tier, String tierLabel, String segment, int enterprises) {}

    /** One point of a fact's line: the end of the period and the value used for it. */
    record Point(LocalDate periodEnd, BigDecimal value) {}

    private final ObjectMapper json;
    private final MessageSource messages;

    ChartData(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** The bars of a park's chain chart, upstream first, with labels in {@code locale}'s language. */
    String segments(List<SegmentCount> counts, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return write(counts.stream()
                .map(c -> new SegmentBar(
                        c.segment().tier(),
                        messages.getMessage("tier." + c.segment().tier(), null, locale),
                        english ? c.segment().nameEn() : c.segment().nameZh(),
                        c.enterprises()))
                .toList());
    }

    /** The points of a fact's line, oldest first. */
    String points(List<Point> points) {
        return write(points);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data cannot be written as JSON", e);
        }
    }
}

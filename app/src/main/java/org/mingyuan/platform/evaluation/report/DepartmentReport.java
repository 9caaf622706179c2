package org.mingyuan.platform.evaluation.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mingyuan.platform.evaluation.EvaluationResult;
import org.springframework.stereotype.Component;

/**
 * The printable PDF report of an evaluation for the department: the ranking, the weights, the methods and their
 * parameters, the system version, each park's summary with its stability, and the illustrative-data label when demo
 * scores are in it.
 */
@Component
public class DepartmentReport {

    /** How many strongest and weakest indicators a park's summary names. */
    static final int HIGHLIGHTS = 2;

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final PdfDocuments pdf;

    DepartmentReport(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    /**
     * The report of {@code result} as the caller sees it, in {@code locale}.
     *
     * @throws CjkFontMissing when no font for Chinese can be used
     */
    public byte[] render(EvaluationResult result, Locale locale) {
        List<Summary> summaries = result.parks().stream()
                .map(p -> summary(Scorecards.of(result, p.parkId(), "park")))
                .toList();
        return pdf.render(
                "reports/evaluation-report",
                Map.of(
                        "r",
                        result,
                        "summaries",
                        summaries,
                        "parameters",
                        ResultWorkbook.parameters(result),
                        "computedAt",
                        MINUTE.format(result.computedAt()),
                        "en",
                        "en".equals(locale.getLanguage())),
                locale);
    }

    /**
     * A park's summary: its scorecard with its strongest and weakest indicators by normalised score; both empty when
     * the result holds one park only or all the park's normalised scores are equal.
     */
    public record Summary(Scorecard card, List<Scorecard.Line> strongest, List<Scorecard.Line> weakest) {}

    static Summary summary(Scorecard card) {
        Comparator<Scorecard.Line> weakestFirst = Comparator.comparingDouble(l -> l.normalised());
        List<Scorecard.Line> scored =
                card.lines().stream().filter(l -> l.normalised() != null).toList();
        if (scored.isEmpty()) {
            return new Summary(card, List.of(), List.of());
        }
        double low = scored.stream().min(weakestFirst).orElseThrow().normalised();
        double high = scored.stream().max(weakestFirst).orElseThrow().normalised();
        int n = Math.min(HIGHLIGHTS, scored.size() / 2);
        return new Summary(
                card,
                scored.stream()
                        .filter(l -> l.normalised() > low)
                        .sorted(weakestFirst.reversed())
                        .limit(n)
                        .toList(),
                scored.stream()
                        .filter(l -> l.normalised() < high)
                        .sorted(weakestFirst)
                        .limit(n)
                        .toList());
    }
}

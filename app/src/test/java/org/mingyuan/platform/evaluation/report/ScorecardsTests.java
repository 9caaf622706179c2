package org.mingyuan.platform.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.evaluation.EvaluationId;
import org.mingyuan.platform.evaluation.EvaluationResult;

class ScorecardsTests {

    private static final List<ReportFixtures.Named> PARKS = IntStream.rangeClosed(1, 3)
            .mapToObj(i -> new ReportFixtures.Named(i, "P" + i, "园区" + i, "Park " + i))
            .toList();

    private static EvaluationResult result(double[][] values) {
        return ReportFixtures.result(new EvaluationId(1), "测评", 1, "T", PARKS, values, false, false);
    }

    @Test
    void anIndicatorOnWhichAllParksAgreeScoresOneForAll() {
        EvaluationResult r = result(new double[][] {{70, 20, 4}, {70, 30, 5}, {70, 40, 3}});

        assertThat(Scorecards.of(r, 3, "park").lines().get(0).normalised()).isEqualTo(1.0);
        assertThat(Scorecards.of(r, 3, "park").lines().get(1).normalised()).isEqualTo(0.0);
    }

    @Test
    void aParkWhoseScoresAreAllEqualNamesNoStrongestOrWeakestIndicator() {
        Scorecard last = Scorecards.of(result(ReportFixtures.VALUES), 3, "park");
        Scorecard first = Scorecards.of(result(ReportFixtures.VALUES), 1, "park");

        assertThat(DepartmentReport.summary(last).strongest()).isEmpty();
        assertThat(DepartmentReport.summary(last).weakest()).isEmpty();
        assertThat(DepartmentReport.summary(first).strongest())
                .extracting(l -> l.indicator().code())
                .containsExactly("OCC");
        assertThat(DepartmentReport.summary(first).weakest())
                .extracting(l -> l.indicator().code())
                .containsExactly("SVC");
    }

    @Test
    void oneParkAloneHasNothingToBeNormalisedAgainst() {
        EvaluationResult r = result(new double[][] {{70, 20, 4}});

        Scorecard card = Scorecards.of(r, 1, "park");
        assertThat(card.compared()).isFalse();
        assertThat(card.lines()).allSatisfy(l -> assertThat(l.normalised()).isNull());
    }

    @Test
    void aParkComparedWithItselfIsRefusedNamingB() {
        assertThatThrownBy(() -> Scorecards.compare(result(ReportFixtures.VALUES), 2, 2))
                .isInstanceOfSatisfying(
                        InvalidRequest.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("b"));
    }
}

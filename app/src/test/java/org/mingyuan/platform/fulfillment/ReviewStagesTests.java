package org.mingyuan.platform.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stage deadlines on the working-day calendar as shipped for 2026: a stage begun on the eve of the National Day
 * holiday (1–7 October off, Saturday 10 October worked) is due after the holiday and counts the make-up Saturday; the
 * day a stage begins is its Beijing day, not its UTC day; the working days a stage took skip holidays too; a park stage
 * of an enterprise in no park is the department's.
 */
@SpringBootTest
class ReviewStagesTests {

    @Autowired
    ReviewStages stages;

    static final ReviewStage FIVE_DAYS = new ReviewStage("园区初审", "park review", 5, StageRole.PARK);

    @Test
    void aStageBegunBeforeNationalDayIsDueAfterItCountingTheMakeUpSaturday() {
        var tuesday =
                ZonedDateTime.of(2026, 9, 29, 10, 0, 0, 0, RegistryTime.ZONE).toInstant();
        // 30 Sep, then 8, 9, 10 (a Saturday worked), 12 October
        assertThat(stages.due(tuesday, FIVE_DAYS)).isEqualTo(LocalDate.of(2026, 10, 12));
        var wednesday =
                ZonedDateTime.of(2026, 9, 30, 16, 0, 0, 0, RegistryTime.ZONE).toInstant();
        assertThat(stages.due(wednesday, FIVE_DAYS)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void theDayAStageBeginsIsItsBeijingDay() {
        // 30 September 17:00 UTC is 1 October 01:00 in Beijing, a holiday
        var lateUtc = ZonedDateTime.of(2026, 9, 30, 17, 0, 0, 0, java.time.ZoneOffset.UTC)
                .toInstant();
        assertThat(stages.due(lateUtc, new ReviewStage("初审", "review", 1, StageRole.DEPARTMENT)))
                .isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void theWorkingDaysAStageTookSkipHolidays() {
        var begun = ZonedDateTime.of(2026, 9, 30, 9, 0, 0, 0, RegistryTime.ZONE).toInstant();
        var acted =
                ZonedDateTime.of(2026, 10, 9, 15, 0, 0, 0, RegistryTime.ZONE).toInstant();
        assertThat(stages.workingDaysBetween(begun, acted)).isEqualTo(2);
        assertThat(stages.workingDaysBetween(begun, begun)).isZero();
    }

    @Test
    void aParkStageOfAFirmInNoParkIsTheDepartments() {
        assertThat(ReviewStages.actor(FIVE_DAYS, null)).isEqualTo(StageRole.DEPARTMENT);
        assertThat(ReviewStages.actor(FIVE_DAYS, 7L)).isEqualTo(StageRole.PARK);
    }
}

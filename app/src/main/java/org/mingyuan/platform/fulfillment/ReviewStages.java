package org.mingyuan.platform.fulfillment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.calendar.WorkingCalendar;
import org.mingyuan.platform.policy.ClauseVersionDetail;
import org.mingyuan.platform.policy.ReviewStage;
import org.mingyuan.platform.policy.StageRole;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Component;

/**
 * The review stages a case walks and their deadlines on the working-day calendar: a stage begun on day D with N
 * working days is due on the N-th working day after D (China Standard Time).
 */
@Component
public class ReviewStages {

    /** The stage of a clause that names none: its issuing department reviews it within 20 working days. */
    static final ReviewStage DEFAULT = new ReviewStage("部门审核", "department review", 20, StageRole.DEPARTMENT);

    private final WorkingCalendar calendar;

    ReviewStages(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The stages of a clause version, in order; one department stage for a version that names none. */
    public List<ReviewStage> of(ClauseVersionDetail version) {
        List<ReviewStage> stages = version.content().reviewStages();
        return stages.isEmpty() ? List.of(DEFAULT) : stages;
    }

    /** The last day of {@code stage} begun at {@code entered}. */
    public LocalDate due(Instant entered, ReviewStage stage) {
        return calendar.addWorkingDays(RegistryTime.dayOf(entered), stage.workingDays());
    }

    /** The working days from {@code entered} to {@code acted}: 0 on the same day. */
    public int workingDaysBetween(Instant entered, Instant acted) {
        return calendar.workingDaysBetween(RegistryTime.dayOf(entered), RegistryTime.dayOf(acted));
    }

    /** Who acts on {@code stage} of an enterprise in {@code parkId}: a park stage of a firm in no park is the department's. */
    public static StageRole actor(ReviewStage stage, @Nullable Long parkId) {
        return stage.role() == StageRole.PARK && parkId == null ? StageRole.DEPARTMENT : stage.role();
    }
}

package org.mingyuan.platform.fulfillment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.fulfillment.Rating;
import org.mingyuan.platform.fulfillment.RatingDesk;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ratings (好差评) of closed cases: the enterprise rates, the department answers a poor rating's follow-up or appeals
 * a rating, a supervisor decides the appeal; the follow-ups reviewers and supervisors watch, and the supervisors'
 * appeal queue.
 */
@RestController
@Tag(name = "Ratings", description = "好差评 Ratings, follow-ups and appeals")
class RatingApi {

    private final RatingDesk desk;
    private final Callers callers;

    RatingApi(RatingDesk desk, Callers callers) {
        this.desk = desk;
        this.callers = callers;
    }

    /**
     * A rating.
     *
     * @param level 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
     * @param comment required for a level of 2 or below; at most 2000 characters
     */
    record Rate(@Nullable Integer level, @Nullable String comment) {}

    /** The department's answer to a poor rating: what was done about it. */
    record Answer(@Nullable String answer) {}

    /** The department's appeal of a rating it holds mistaken. */
    record Appeal(@Nullable String reason) {}

    /**
     * A supervisor's decision on an appeal.
     *
     * @param outcome UPHELD (the rating is left out of figures) or DISMISSED
     */
    record Decision(@Nullable String outcome, @Nullable String note) {}

    @GetMapping("/api/v1/cases/{id}/rating")
    @Operation(summary = "The case's rating with its follow-up and appeal (404 while unrated)")
    Rating one(Principal principal, @PathVariable long id) {
        return desk.get(callers.of(principal), id);
    }

    @PostMapping("/api/v1/cases/{id}/rating")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Rate a closed case, once (the enterprise's own accounts); 不满意 or worse opens a follow-up due in"
                    + " the configured working days")
    Rating rate(Principal principal, @PathVariable long id, @RequestBody Rate rate) {
        return desk.rate(callers.of(principal), id, rate.level(), rate.comment());
    }

    @PostMapping("/api/v1/cases/{id}/rating/follow-up")
    @Operation(summary = "Answer the follow-up of a poor rating (a reviewer of the case's department)")
    Rating answer(Principal principal, @PathVariable long id, @RequestBody Answer answer) {
        return desk.answer(callers.of(principal), id, answer.answer());
    }

    @PostMapping("/api/v1/cases/{id}/rating/appeal")
    @Operation(summary = "Appeal a rating held mistaken, once (a reviewer of the case's department)")
    Rating appeal(Principal principal, @PathVariable long id, @RequestBody Appeal appeal) {
        return desk.appeal(callers.of(principal), id, appeal.reason());
    }

    @PostMapping("/api/v1/cases/{id}/rating/appeal/decision")
    @Operation(summary = "Decide an appeal (supervisors): UPHELD leaves the rating out of figures, DISMISSED keeps it")
    Rating decide(Principal principal, @PathVariable long id, @RequestBody Decision decision) {
        return desk.decide(callers.of(principal), id, decision.outcome(), decision.note());
    }

    @GetMapping("/api/v1/ratings/follow-ups")
    @Operation(
            summary = "Open follow-ups of poor ratings, the soonest due first: the caller's departments' (reviewers),"
                    + " every department's (supervisors); overdue=true keeps those past due")
    List<Rating> followUps(Principal principal, @RequestParam(defaultValue = "false") boolean overdue) {
        return desk.followUps(callers.of(principal), overdue);
    }

    @GetMapping("/api/v1/ratings/appeals")
    @Operation(summary = "Appeals waiting on a supervisor's decision, the oldest first (supervisors)")
    List<Rating> appeals(Principal principal) {
        return desk.appeals(callers.of(principal));
    }
}

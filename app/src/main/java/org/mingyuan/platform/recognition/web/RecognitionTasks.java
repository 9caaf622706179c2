package org.mingyuan.platform.recognition.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.recognition.Recognition;
import org.mingyuan.platform.recognition.RecognitionScheme;
import org.mingyuan.platform.recognition.RecognitionState;
import org.mingyuan.platform.recognition.Recognitions;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.stereotype.Component;

/**
 * Recognition's to-dos: for officials, the applications in the district's review and those whose panel has reached
 * its quorum and waits for the decision; for an expert, the applications awaiting its opinion.
 */
@Component
class RecognitionTasks implements WorkbenchTasks {

    private final Recognitions recognitions;

    RecognitionTasks(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @Override
    public List<Task> of(Caller caller) {
        if (Recognitions.isOfficial(caller)) {
            Map<Long, Integer> quorum = new HashMap<>();
            for (RecognitionScheme scheme : recognitions.schemes()) {
                quorum.put(scheme.id(), scheme.panelQuorum());
            }
            List<Recognition> panel = recognitions.list(caller, RecognitionState.PANEL_REVIEW);
            long decidable = panel.stream()
                    .filter(r -> r.opinions().size() >= quorum.getOrDefault(r.schemeId(), Integer.MAX_VALUE))
                    .count();
            return List.of(
                    new Task(
                            "recognition.task.district",
                            Math.min(
                                    MOST,
                                    recognitions
                                            .list(caller, RecognitionState.DISTRICT_REVIEW)
                                            .size()),
                            "/recognition?state=DISTRICT_REVIEW"),
                    new Task(
                            "recognition.task.decide",
                            (int) Math.min(MOST, decidable),
                            "/recognition?state=PANEL_REVIEW"));
        }
        if (caller.has(Role.EXPERT)) {
            return List.of(new Task(
                    "recognition.task.opinion",
                    Math.min(MOST, recognitions.list(caller, null).size()),
                    "/recognition"));
        }
        return List.of();
    }
}

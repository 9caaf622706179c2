package org.mingyuan.platform.recognition.web;

import java.util.List;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.recognition.Recognitions;
import org.mingyuan.platform.site.WorkbenchTasks;
import org.springframework.stereotype.Component;

/**
 * Recognition's to-dos: for officials, the applications in the district's review and those whose panel has reached
 * its quorum and waits for the decision; for an expert, the applications awaiting its opinion. Counted in the
 * database, so the workbench reads no application.
 */
@Component
class RecognitionTasks implements WorkbenchTasks {

    private final Recognitions recognitions;

    RecognitionTasks(Recognitions recognitions) {
        this.recognitions = recognitions;
    }

    @Override
    public List<Task> of(Caller caller) {
        Recognitions.Waiting waiting = recognitions.waiting(caller);
        return List.of(
                new Task(
                        "recognition.task.district",
                        Math.min(MOST, waiting.districtReview()),
                        "/recognition?state=DISTRICT_REVIEW"),
                new Task(
                        "recognition.task.decide",
                        Math.min(MOST, waiting.decisions()),
                        "/recognition?state=PANEL_REVIEW"),
                new Task("recognition.task.opinion", Math.min(MOST, waiting.opinions()), "/recognition"));
    }
}

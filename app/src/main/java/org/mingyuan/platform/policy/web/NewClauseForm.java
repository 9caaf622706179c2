package org.mingyuan.platform.policy.web;

import static org.mingyuan.platform.policy.web.FormValues.text;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.policy.ClauseContent;

/** The "add a clause" form of a policy's desk page: the clause's id and title are enough to start its first draft. */
record NewClauseForm(
        @Nullable String id,
        @Nullable String titleZh,
        @Nullable String titleEn) {

    /** The form's fields, as problems name them. */
    static final Set<String> FIELDS = Set.of("id", "titleZh", "titleEn");

    static final NewClauseForm BLANK = new NewClauseForm(null, null, null);

    /** The clause id typed, without surrounding white space. */
    String clauseId() {
        return text(id);
    }

    /**
     * The problems of {@code problems} the form shows: the started draft's summaries repeat its titles, so theirs are
     * the titles' problems, shown there once.
     */
    static List<FieldProblem> shown(List<FieldProblem> problems) {
        return problems.stream().filter(p -> !p.field().startsWith("summary")).toList();
    }

    /** The first draft the form starts. */
    ClauseContent content() {
        return ClauseContent.started(text(titleZh), text(titleEn));
    }
}

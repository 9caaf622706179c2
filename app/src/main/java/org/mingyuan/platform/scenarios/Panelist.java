package org.mingyuan.platform.scenarios;

import java.util.List;

/**
 * A member of a scenario's review panel: an expert account, and the enterprises (credit codes) the expert declared ties
 * to, whose proposals the expert may not score.
 */
public record Panelist(String username, List<String> affiliations) {

    /** Copies the list; absent means none. */
    public Panelist {
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }
}

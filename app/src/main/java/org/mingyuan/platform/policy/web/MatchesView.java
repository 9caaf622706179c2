package org.mingyuan.platform.policy.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.mingyuan.platform.policy.matching.Matches;

/**
 * Matches as the API gives them.
 *
 * @param total the sum of the known estimated amounts, CNY
 */
record MatchesView(LocalDate day, List<Matches.Match> qualified, BigDecimal total, List<Matches.Miss> nearest) {

    static MatchesView of(Matches matches) {
        return new MatchesView(matches.day(), matches.qualified(), matches.total(), matches.nearest());
    }
}

package org.mingyuan.platform.fulfillment;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one rule of when an award may be paid: its case is approved, its public notice (公示) is over (or it was never
 * listed), and no objection to it waits for an answer. Payouts ask here, or put {@link #PAYABLE_SQL} in their own
 * queries, so the rule is written once.
 */
@Component
public class Payability {

    /**
     * The rule as an SQL condition over {@code fulfillment_case} under the alias {@code c}, with the named parameter
     * {@code :today} bound to the registry's day ({@link RegistryTime#today(Clock)}) as a date.
     */
    public static final String PAYABLE_SQL = "(c.state = 'APPROVED' and (c.notice_until is null or c.notice_until <"
            + " :today) and not exists (select 1 from fulfillment_objection o where o.case_id = c.id"
            + " and o.outcome is null))";

    private final JdbcClient jdbc;
    private final Clock clock;

    Payability(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when case {@code caseId} may be paid today; false for a case that does not exist. */
    public boolean payable(long caseId) {
        return payable(caseId, RegistryTime.today(clock));
    }

    /** True when case {@code caseId} may be paid on {@code day}, as the case and its objections stand now. */
    public boolean payable(long caseId, LocalDate day) {
        return jdbc.sql("select count(*) from fulfillment_case c where c.id = :id and " + PAYABLE_SQL)
                        .param("id", caseId)
                        .param("today", Date.valueOf(day))
                        .query(Integer.class)
                        .single()
                > 0;
    }
}

package org.mingyuan.platform.policy.push;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How a clause's notifications were delivered, per version: pushed, read, e-mailed, applied. */
@Service
public class DeliveryStatistics {

    private final JdbcClient jdbc;

    DeliveryStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The deliveries of one clause version.
     *
     * @param pushed enterprises told they newly qualify
     * @param nearMisses enterprises told what they still lack
     * @param read messages of either kind read by one of the enterprise's users
     * @param emailed e-mails sent
     * @param emailPending e-mails queued or being sent
     * @param emailFailed e-mails given up after their last attempt
     * @param applied messages whose enterprise then applied; null while no application has been recorded on the
     *     platform at all (applications arrive with fulfilment), so that "none yet" is not shown as a false 0
     */
    public record VersionDeliveries(
            int version,
            long pushed,
            long nearMisses,
            long read,
            long emailed,
            long emailPending,
            long emailFailed,
            @Nullable Long applied) {}

    /** Every version's deliveries, oldest version first, and their sum over the clause (as version 0). */
    public record ClauseDeliveries(String clauseId, List<VersionDeliveries> versions, VersionDeliveries total) {}

    /** The deliveries of {@code clauseId}; no versions when nothing was ever pushed about it. */
    @Transactional(readOnly = true)
    public ClauseDeliveries of(String clauseId) {
        boolean applicationsRecorded = jdbc.sql("select count(*) from policy_push_suppressed")
                        .query(Long.class)
                        .single()
                > 0;
        Map<Integer, long[]> byVersion = new TreeMap<>();
        jdbc.sql("select i.clause_version, i.kind, count(*), count(i.read_at), count(i.applied_at),"
                        + " sum(case when m.state = 'SENT' then 1 else 0 end),"
                        + " sum(case when m.state in ('QUEUED', 'SENDING') then 1 else 0 end),"
                        + " sum(case when m.state = 'FAILED' then 1 else 0 end)"
                        + " from policy_inbox i left join policy_mail m on m.inbox_id = i.id where i.clause_id = ?"
                        + " and i.kind <> 'CASE'"
                        + " group by i.clause_version, i.kind")
                .param(clauseId)
                .query(rs -> {
                    long[] sums = byVersion.computeIfAbsent(rs.getInt(1), v -> new long[7]);
                    sums[rs.getString(2).equals("NEAR_MISS") ? 1 : 0] += rs.getLong(3);
                    for (int i = 2; i < 7; i++) {
                        sums[i] += rs.getLong(i + 2);
                    }
                });
        List<VersionDeliveries> versions = new ArrayList<>();
        long[] total = new long[7];
        byVersion.forEach((version, sums) -> {
            versions.add(deliveries(version, sums, applicationsRecorded));
            for (int i = 0; i < total.length; i++) {
                total[i] += sums[i];
            }
        });
        return new ClauseDeliveries(clauseId, versions, deliveries(0, total, applicationsRecorded));
    }

    private static VersionDeliveries deliveries(int version, long[] sums, boolean applicationsRecorded) {
        return new VersionDeliveries(
                version, sums[0], sums[1], sums[2], sums[4], sums[5], sums[6], applicationsRecorded ? sums[3] : null);
    }
}

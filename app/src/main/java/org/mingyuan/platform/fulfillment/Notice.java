package org.mingyuan.platform.fulfillment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One approved award as its public notice (公示) lists it: the clause and its policy, the enterprise by its registered
 * name and credit code (both public on a notice), the approved amount, the days it is listed, how many objections it
 * drew, and the ledger entry of its approval, whose receipt anyone may download.
 *
 * @param noticeFrom the first day listed
 * @param noticeUntil the last day listed; objections are taken through that day
 * @param receipt the index of the ledger entry of the approval (or of the grant, for an award granted without
 *     application); null while the entry is not in the log yet
 */
public record Notice(
        long caseId,
        String clauseId,
        int clauseVersion,
        String clauseTitleZh,
        String clauseTitleEn,
        long policyId,
        String policyTitleZh,
        String policyTitleEn,
        String department,
        String enterpriseName,
        String creditCode,
        BigDecimal amount,
        LocalDate noticeFrom,
        LocalDate noticeUntil,
        Status status,
        int objections,
        @Nullable Long receipt) {

    /** Where the award stands as the public sees it. */
    public enum Status {
        /** Listed today; objections are taken. */
        ON_NOTICE,
        /** The notice ended; the award stands (payable once every objection is answered, or paid). */
        ENDED,
        /** An upheld objection withdrew the award. */
        WITHDRAWN
    }

    /** The clause's title in the reader's language. */
    public String clauseTitle(Locale locale) {
        return locale.getLanguage().equals("en") ? clauseTitleEn : clauseTitleZh;
    }

    /** The policy's title in the reader's language. */
    public String policyTitle(Locale locale) {
        return locale.getLanguage().equals("en") ? policyTitleEn : policyTitleZh;
    }
}

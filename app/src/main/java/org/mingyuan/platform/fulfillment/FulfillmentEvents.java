package org.mingyuan.platform.fulfillment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.LedgerRecordable;

/** Events the fulfilment module publishes; past tense, owned here. */
public final class FulfillmentEvents {

    private FulfillmentEvents() {}

    /**
     * A step of a case was taken: a submission, a stage passed, an approval, a rejection, a return or a resubmission.
     * Recorded in the ledger once, as the type {@link StepKind#ledgerType()} names: the case, application, clause
     * version, step and stage in the clear, and the amount of an award approved, granted or paid too (awards are public); an estimated or
     * proposed amount and the reason are committed, not shown; the enterprise is committed and may download the
     * receipt.
     *
     * @param amountFen the amount in fen (分), or null
     * @param reason the condition cited and the note, or null
     * @param level for a rating (好差评), its level 1..5, which is public; its comment is the committed reason
     * @param listedUntil for an approval, the last day of its public notice (公示), in the clear; null when not listed
     */
    public record CaseStepRecorded(
            String eventId,
            StepKind kind,
            long caseId,
            long applicationId,
            String clauseId,
            int clauseVersion,
            @Nullable Integer stage,
            @Nullable Long amountFen,
            @Nullable String reason,
            String creditCode,
            String actor,
            @Nullable Integer level,
            @Nullable LocalDate listedUntil)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "case-step:" + eventId;
        }

        @Override
        public String ledgerType() {
            return kind.ledgerType();
        }

        @Override
        public Map<String, ?> publicFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("case", caseId);
            fields.put("application", applicationId);
            fields.put("clause", clauseId);
            fields.put("version", clauseVersion);
            if (stage != null) {
                fields.put("stage", stage);
            }
            if (kind.amountPublic() && amountFen != null) {
                fields.put("amount", amountFen);
            }
            if (level != null) {
                fields.put("level", level);
            }
            if (listedUntil != null) {
                fields.put("listedUntil", listedUntil.toString());
            }
            return fields;
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            Map<String, Object> fields = new LinkedHashMap<>();
            if (!kind.amountPublic() && amountFen != null) {
                fields.put("amount", amountFen);
            }
            if (reason != null) {
                fields.put("reason", reason);
            }
            return fields;
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }
}

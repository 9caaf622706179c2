package org.mingyuan.platform.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.LedgerRecordable;

/**
 * The ledger entry of a publication, amendment or withdrawal of a clause: the expressions, cap and validity in the
 * clear, and the SHA-256 of the version's whole canonical text, so anyone holding the text can show it is the one
 * published.
 *
 * @param action what happened to the clause
 * @param contentSha256 SHA-256 (hex) of the canonical JSON of the version's text
 * @param withdrawnFrom for a withdrawal, the first day no version is in force; null otherwise
 */
public record ClauseRecorded(
        Action action,
        ClauseVersion clause,
        String policyCode,
        @Nullable String documentNumber,
        String contentSha256,
        @Nullable LocalDate withdrawnFrom,
        String actor)
        implements LedgerRecordable {

    /** What the entry records; its ledger type is the action's {@link #type}. */
    public enum Action {
        PUBLISHED("ClausePublished"),
        AMENDED("ClauseAmended"),
        WITHDRAWN("ClauseWithdrawn");

        private final String type;

        Action(String type) {
            this.type = type;
        }

        /** The ledger entry type. */
        public String type() {
            return type;
        }
    }

    /** The key an entry of this action on this version has for ever. */
    public static String key(Action action, String clauseId, int version) {
        return "clause:" + clauseId + ":" + version + ":" + action.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String ledgerKey() {
        return key(action, clause.clauseId(), clause.version());
    }

    @Override
    public String ledgerType() {
        return action.type();
    }

    @Override
    public Map<String, ?> publicFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("clause", clause.clauseId());
        fields.put("version", clause.version());
        fields.put("policy", policyCode);
        if (documentNumber != null) {
            fields.put("documentNumber", documentNumber);
        }
        fields.put("title", clause.titleZh());
        fields.put("eligibility", clause.eligibility());
        fields.put("amountRule", clause.amount());
        if (clause.cap() != null) {
            fields.put(
                    "capAmount",
                    clause.cap()
                            .multiply(BigDecimal.valueOf(100))
                            .setScale(0, RoundingMode.HALF_UP)
                            .longValueExact());
        }
        if (clause.validFrom() != null) {
            fields.put("validFrom", clause.validFrom().toString());
        }
        if (clause.validUntil() != null) {
            fields.put("validUntil", clause.validUntil().toString());
        }
        fields.put("mode", clause.mode().name());
        if (withdrawnFrom != null) {
            fields.put("withdrawnFrom", withdrawnFrom.toString());
        }
        fields.put("sha256", contentSha256);
        return fields;
    }

    @Override
    public Map<String, ?> sensitiveFields() {
        return Map.of();
    }
}

package org.mingyuan.platform.recognition;

import java.util.Map;
import org.mingyuan.platform.LedgerRecordable;

/** Events of recognition, each one ledger entry; past tense, owned here. */
public final class RecognitionEvents {

    private RecognitionEvents() {}

    /** A firm was recognised under a scheme, valid from {@code validFrom} until {@code validUntil} (exclusive). */
    public record RecognitionGranted(
            long application, String scheme, String creditCode, String validFrom, String validUntil, String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "recognition:" + application + ":granted";
        }

        @Override
        public String ledgerType() {
            return "RecognitionGranted";
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of(
                    "application", application, "scheme", scheme, "validFrom", validFrom, "validUntil", validUntil);
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of();
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }

    /** An application was refused: at filing on its criteria, by the district, or by the panel's majority. */
    public record RecognitionRefused(long application, String scheme, String creditCode, String stage, String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "recognition:" + application + ":refused";
        }

        @Override
        public String ledgerType() {
            return "RecognitionRefused";
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("application", application, "scheme", scheme, "stage", stage);
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of();
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }

    /** A recognition was revoked on {@code revokedOn}; {@code clawbacks} claw-backs were opened. */
    public record RecognitionRevoked(
            long application,
            String scheme,
            String creditCode,
            String revokedOn,
            int clawbacks,
            String reason,
            String actor)
            implements LedgerRecordable {

        @Override
        public String ledgerKey() {
            return "recognition:" + application + ":revoked";
        }

        @Override
        public String ledgerType() {
            return "RecognitionRevoked";
        }

        @Override
        public Map<String, ?> publicFields() {
            return Map.of("application", application, "scheme", scheme, "revokedOn", revokedOn, "clawbacks", clawbacks);
        }

        @Override
        public Map<String, ?> sensitiveFields() {
            return Map.of("reason", reason);
        }

        @Override
        public String enterpriseCreditCode() {
            return creditCode;
        }
    }
}

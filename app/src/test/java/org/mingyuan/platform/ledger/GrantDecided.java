package org.mingyuan.platform.ledger;

import java.util.Map;
import java.util.UUID;
import org.mingyuan.platform.LedgerRecordable;

/** A business event for tests: a grant was decided for an enterprise; the amount is sensitive. */
public record GrantDecided(String key, String clause, String creditCode, long amountFen) implements LedgerRecordable {

    /** Returns a decision with a fresh key. */
    public static GrantDecided of(String clause, String creditCode, long amountFen) {
        return new GrantDecided(UUID.randomUUID().toString(), clause, creditCode, amountFen);
    }

    @Override
    public String ledgerKey() {
        return key;
    }

    @Override
    public String ledgerType() {
        return "GrantDecided";
    }

    @Override
    public Map<String, ?> publicFields() {
        return Map.of("clause", clause);
    }

    @Override
    public Map<String, ?> sensitiveFields() {
        return Map.of("amount", amountFen);
    }

    @Override
    public String enterpriseCreditCode() {
        return creditCode;
    }
}

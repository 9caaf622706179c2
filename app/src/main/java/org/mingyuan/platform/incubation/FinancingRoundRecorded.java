package org.mingyuan.platform.incubation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.LedgerRecordable;

/**
 * A financing round of an enterprise was recorded; the ledger keeps it, the stage, day and whether the incubator's own
 * fund invested in the clear, the investor and the amount (in fen) as commitments the enterprise's receipt opens.
 */
public record FinancingRoundRecorded(
        long roundId,
        String creditCode,
        String investor,
        BigDecimal amount,
        LocalDate closedOn,
        FinancingStage stage,
        @Nullable Long incubatorId,
        String actor)
        implements LedgerRecordable {

    private static final BigDecimal FEN_PER_WAN = new BigDecimal("1000000");

    @Override
    public String ledgerKey() {
        return "financing-round:" + roundId;
    }

    @Override
    public String ledgerType() {
        return "FinancingRoundRecorded";
    }

    @Override
    public Map<String, ?> publicFields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("stage", stage.name());
        fields.put("closedOn", closedOn.toString());
        fields.put("incubatorOwnFund", incubatorId != null);
        return fields;
    }

    @Override
    public Map<String, ?> sensitiveFields() {
        return Map.of(
                "investor", investor, "amountFen", amount.multiply(FEN_PER_WAN).longValueExact());
    }

    @Override
    public String enterpriseCreditCode() {
        return creditCode;
    }
}

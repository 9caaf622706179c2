package org.mingyuan.platform.recognition;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a firm declares when it applies for recognition.
 *
 * @param scheme the scheme's code, e.g. {@code WUHAN-2022}
 * @param ipItems blockchain-related IP items held, 0–100000
 * @param grantedPatents of them, granted and valid invention patents, 0–ipItems
 * @param revenue operating revenue of the last year, 万元, 0–10000000
 * @param blockchainShare the share of revenue from blockchain business, percent, 0–100
 * @param virtualCurrency whether the firm does any virtual-currency business (issuing, trading, exchange services)
 * @param cacFilingNumber its CAC blockchain information service filing number (区块链信息服务备案编号), if it has one
 * @param committed true when the firm signs the commitment that what it declares is true and that it accepts the
 *     claw-back of subsidies if the recognition is revoked
 * @param evidence each evidence slot of the scheme to the id of a material of the slot's type in the firm's library
 */
public record RecognitionDraft(
        @Nullable String scheme,
        @Nullable Long ipItems,
        @Nullable Long grantedPatents,
        @Nullable BigDecimal revenue,
        @Nullable BigDecimal blockchainShare,
        @Nullable Boolean virtualCurrency,
        @Nullable String cacFilingNumber,
        @Nullable Boolean committed,
        @Nullable Map<String, Long> evidence) {}

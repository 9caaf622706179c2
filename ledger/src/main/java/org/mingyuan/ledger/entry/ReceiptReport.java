package org.mingyuan.ledger.entry;

import java.util.List;

/** What a verified receipt proves, in plain words. */
public record ReceiptReport(String origin, long index, long size, List<String> disclosedFields, String entryText) {

    /** Copies the list. */
    public ReceiptReport {
        disclosedFields = List.copyOf(disclosedFields);
    }

    /** Returns the statement in English. */
    public String english() {
        return "Entry " + index + " is in the log " + origin + " of " + size + " entries, exactly as shown: the log's"
                + " key signed a checkpoint whose root the inclusion proof reaches from this entry."
                + (disclosedFields.isEmpty()
                        ? ""
                        : " The committed fields " + disclosedFields + " hold the values disclosed here.")
                + " It does not prove that the entry is true, only that the log recorded it and cannot rewrite it"
                + " without the checkpoint's witnesses noticing.";
    }

    /** Returns the statement in Chinese. */
    public String chinese() {
        return "第 " + index + " 條記錄確實在賬本 " + origin + "（共 " + size + " 條）之中，內容與所示完全一致：賬本密鑰簽署了檢查點，"
                + "包含證明從這條記錄算到該檢查點的根。"
                + (disclosedFields.isEmpty() ? "" : "承諾字段 " + disclosedFields + " 的取值即此處披露的值。")
                + "它不證明記錄內容屬實，只證明賬本記下了它，且無法在見證者不察覺的情況下改寫。";
    }
}

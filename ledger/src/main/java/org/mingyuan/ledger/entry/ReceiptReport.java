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
        return "第 " + index + " 条记录确实在账本 " + origin + "（共 " + size + " 条）之中，内容与所示完全一致：账本密钥签署了检查点，"
                + "包含证明从这条记录算到该检查点的根。"
                + (disclosedFields.isEmpty() ? "" : "承诺字段 " + disclosedFields + " 的取值即此处披露的值。")
                + "它不证明记录内容属实，只证明账本记下了它，且无法在见证者不察觉的情况下改写。";
    }
}

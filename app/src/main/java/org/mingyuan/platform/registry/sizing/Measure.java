package org.mingyuan.platform.registry.sizing;

/** A quantity an SME threshold is stated in. */
public enum Measure {
    /** 从业人员: persons employed. */
    STAFF,
    /** 营业收入: operating revenue in 万元. */
    REVENUE,
    /** 资产总额: total assets in 万元. */
    ASSETS
}

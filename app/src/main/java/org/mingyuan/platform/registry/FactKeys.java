package org.mingyuan.platform.registry;

/**
 * Keys of the built-in fact kinds the platform itself computes with (the size class from staff, revenue and assets;
 * R&amp;D intensity and blockchain revenue share from revenue). Every kind, these included, is data in {@code
 * fact_kind}; see {@link FactKinds}.
 */
public final class FactKeys {

    /** Employees (从业人员), persons. */
    public static final String STAFF = "STAFF";
    /** R&amp;D employees, persons. */
    public static final String RD_STAFF = "RD_STAFF";
    /** Operating revenue (营业收入) of a year, 万元. */
    public static final String REVENUE = "REVENUE";
    /** Revenue from blockchain business, 万元. */
    public static final String BLOCKCHAIN_REVENUE = "BLOCKCHAIN_REVENUE";
    /** R&amp;D spending of a year, 万元. */
    public static final String RD_SPEND = "RD_SPEND";
    /** Taxes paid in a year, 万元. */
    public static final String TAX_PAID = "TAX_PAID";
    /** Total assets (资产总额), 万元. */
    public static final String ASSETS = "ASSETS";
    /** Valid granted patents, items. */
    public static final String PATENTS = "PATENTS";
    /** Blockchain-related intellectual property items, items. */
    public static final String IP_ITEMS = "IP_ITEMS";

    private FactKeys() {}
}

package org.mingyuan.platform.registry;

/**
 * The facts the registry keeps about an enterprise, each with its unit; labels are in the message
 * bundles as {@code fact.<NAME>}. Money is in 万元 (10,000 CNY), as in the SME standard.
 */
public enum FactName {
    /** Employees (从业人员), persons. */
    STAFF(Unit.PERSONS, true),
    /** R&D employees, persons. */
    RD_STAFF(Unit.PERSONS, true),
    /** Operating revenue (营业收入) of a year, 万元. */
    REVENUE(Unit.TEN_THOUSAND_CNY, false),
    /** Revenue from blockchain business, 万元. */
    BLOCKCHAIN_REVENUE(Unit.TEN_THOUSAND_CNY, false),
    /** R&D spending of a year, 万元. */
    RD_SPEND(Unit.TEN_THOUSAND_CNY, false),
    /** Taxes paid in a year, 万元. */
    TAX_PAID(Unit.TEN_THOUSAND_CNY, false),
    /** Total assets (资产总额), 万元. */
    ASSETS(Unit.TEN_THOUSAND_CNY, false),
    /** Valid granted patents, items. */
    PATENTS(Unit.ITEMS, true),
    /** Blockchain-related intellectual property items (patents, software copyrights), items. */
    IP_ITEMS(Unit.ITEMS, true);

    /** Units of facts. */
    public enum Unit {
        PERSONS,
        TEN_THOUSAND_CNY,
        ITEMS
    }

    private final Unit unit;
    private final boolean whole;

    FactName(Unit unit, boolean whole) {
        this.unit = unit;
        this.whole = whole;
    }

    /** The unit of the fact's value. */
    public Unit unit() {
        return unit;
    }

    /** True when values are whole numbers (people, items). */
    public boolean whole() {
        return whole;
    }
}

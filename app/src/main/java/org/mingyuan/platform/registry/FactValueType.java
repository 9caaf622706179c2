package org.mingyuan.platform.registry;

/** The type of a fact kind's values, chosen when an administrator adds the kind. */
public enum FactValueType {
    /** A decimal number, e.g. revenue in 万元. */
    NUMBER,
    /** A whole number, e.g. persons or items. */
    INTEGER,
    /** Yes or no, e.g. 税收在本区缴纳. */
    YES_NO,
    /** A day. */
    DATE,
    /** Free text. */
    TEXT
}

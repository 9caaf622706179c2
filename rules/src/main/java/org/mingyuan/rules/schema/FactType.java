package org.mingyuan.rules.schema;

/** The kinds of value a fact can hold; each maps to one CEL type and one column layout. */
public enum FactType {
    /** A whole number, CEL {@code int}. */
    INTEGER,
    /** A decimal number, CEL {@code double}. */
    DECIMAL,
    /** A calendar date, CEL {@code timestamp} at midnight UTC. */
    DATE,
    /** Free text, CEL {@code string}. */
    TEXT,
    /** One value out of a declared list, CEL {@code string}. */
    ENUMERATION,
    /** A set of text values, CEL {@code list(string)}. */
    TEXT_SET,
    /** Yes or no, CEL {@code bool}. */
    BOOLEAN
}

package org.mingyuan.rules.clause;

/**
 * Why a clause was refused, with the place in the text it points at.
 *
 * @param part which part of the clause is wrong
 * @param line the line, from 1
 * @param column the column, from 1
 * @param message what was found and what was expected
 */
public record ClauseError(Part part, int line, int column, String message) {

    /** The parts of a clause an error can point at. */
    public enum Part {
        ELIGIBILITY,
        AMOUNT,
        CAP,
        VALIDITY
    }

    @Override
    public String toString() {
        return part.name().toLowerCase() + " " + line + ":" + column + ": " + message;
    }
}

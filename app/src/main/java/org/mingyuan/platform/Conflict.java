package org.mingyuan.platform;

import java.util.List;

/**
 * Thrown when a request is well formed but the state it would change does not allow it: a budget that cannot cover an
 * approval, a case another reviewer changed meanwhile. Answered as 409 with the field and the reason, whose message
 * code is resolved in the caller's language.
 *
 * @see InvalidRequest for input that breaks a rule
 */
public class Conflict extends RuntimeException {

    private final String field;
    private final String code;
    private final List<Object> args;

    /** A conflict over {@code field} (e.g. {@code amount}), with the message code of its reason and its arguments. */
    public Conflict(String field, String code, Object... args) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
        this.args = List.of(args);
    }

    /** The field the conflict concerns, as the caller sent it. */
    public String field() {
        return field;
    }

    /** The message code of the reason. */
    public String code() {
        return code;
    }

    /** The arguments of the message. */
    public List<Object> args() {
        return args;
    }
}

package org.mingyuan.platform;

import java.util.List;

/**
 * Thrown when input breaks a rule; carries every problem found, each naming its field.
 *
 * <p>Messages are codes resolved against the message bundles in the caller's language.
 */
public class InvalidRequest extends RuntimeException {

    private final List<FieldProblem> problems;

    /** A request with the given problems; at least one. */
    public InvalidRequest(List<FieldProblem> problems) {
        super(problems.isEmpty() ? "invalid request" : problems.get(0).toString());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid request needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** A request with one problem. */
    public InvalidRequest(String field, String code, Object... args) {
        this(List.of(new FieldProblem(field, code, List.of(args))));
    }

    /** The problems, in the order they were found; never empty. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * One problem with one field.
     *
     * @param field the field's name as the caller sent it (JSON property or form field)
     * @param code message code of the reason, e.g. {@code password.tooShort}
     * @param args arguments of the message
     */
    public record FieldProblem(String field, String code, List<Object> args) {}
}

package org.mingyuan.platform.evaluation.method;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A refusal of a method's input: the field in the caller's terms (e.g. {@code matrix[2][3]}, {@code weights},
 * {@code rho}) and why.
 *
 * <p>The reason is a message code of the {@code i18n/methods} bundle with its arguments, so a caller can say it in the
 * reader's language; {@link #reason()} says it in English. A refusal is either of malformed input (wrong sizes,
 * non-finite numbers, values out of range) or of well-formed input the method cannot decide on (an inconsistent AHP
 * matrix, a criterion with no spread for entropy weights): {@link #wellFormed()} tells them apart.
 */
public final class MethodInputException extends RuntimeException {

    private final String field;
    private final String code;
    private final List<String> args;
    private final boolean wellFormed;

    private MethodInputException(String field, String code, boolean wellFormed, String... args) {
        super(field + ": " + english(code, args));
        this.field = field;
        this.code = code;
        this.args = List.of(args);
        this.wellFormed = wellFormed;
    }

    /** A refusal of malformed input: {@code code} of the {@code i18n/methods} bundle with its arguments. */
    static MethodInputException malformed(String field, String code, String... args) {
        return new MethodInputException(field, code, false, args);
    }

    /** A refusal of well-formed input on which the method cannot decide. */
    static MethodInputException undecidable(String field, String code, String... args) {
        return new MethodInputException(field, code, true, args);
    }

    /** The refused field in the caller's terms, e.g. {@code matrix[2][3]}; never null. */
    public String field() {
        return field;
    }

    /** Why the field was refused, in English. */
    public String reason() {
        return english(code, args.toArray(String[]::new));
    }

    /** The message code of the reason in the {@code i18n/methods} bundle. */
    public String code() {
        return code;
    }

    /** The arguments of the reason's message, already formatted. */
    public List<String> args() {
        return args;
    }

    /** True when the input had the right shape and range but the method cannot decide on it. */
    public boolean wellFormed() {
        return wellFormed;
    }

    private static String english(String code, String... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.methods", Locale.ENGLISH);
        return new MessageFormat(bundle.getString(code), Locale.ENGLISH).format(args);
    }
}

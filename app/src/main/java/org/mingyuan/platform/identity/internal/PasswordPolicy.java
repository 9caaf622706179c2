package org.mingyuan.platform.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/**
 * The password rules of 等保 2.0 level 3: at least 8 characters drawn from at least three of
 * upper case, lower case, digits and symbols, not the username, not a known default.
 */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    private static final List<String> KNOWN_DEFAULTS = List.of("demo", "password", "admin", "12345678", "mingyuan");

    private PasswordPolicy() {}

    /** The rules {@code password} breaks for {@code username}, as problems of {@code field}; empty when it is fine. */
    public static List<FieldProblem> check(String field, String username, String password) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add(new FieldProblem(field, "password.tooShort", List.of(MIN_LENGTH, password.length())));
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(new FieldProblem(field, "password.tooLong", List.of(MAX_LENGTH)));
        }
        if (characterClasses(password) < 3) {
            problems.add(new FieldProblem(field, "password.tooSimple", List.of()));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(username.toLowerCase(Locale.ROOT)) || KNOWN_DEFAULTS.contains(lower)) {
            problems.add(new FieldProblem(field, "password.guessable", List.of()));
        }
        return problems;
    }

    private static int characterClasses(String password) {
        boolean upper = false, lower = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isUpperCase(c)) upper = true;
            else if (Character.isLowerCase(c)) lower = true;
            else if (Character.isDigit(c)) digit = true;
            else other = true;
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

package org.mingyuan.platform.registry;

import java.util.Objects;

/**
 * A unified social credit code (统一社会信用代码) as defined by GB 32100-2015; always valid.
 *
 * <p>Positions (1-based): 1 registration authority, 2 entity category, 3–8 administrative division
 * code (GB/T 2260), 9–17 organisation code (GB 11714, position 17 is its own check character), 18
 * check character over positions 1–17.
 *
 * <p>A code is checked position by position from the left, then the organisation check (17), then
 * the final check (18); the first failure is reported. A single mistyped character is therefore
 * always refused: outside the character set or a letter in 3–8 names its own position; a mistyped
 * character in 9–17 almost always breaks the organisation check (position 17); anything else
 * breaks the final check (position 18). A check failure's message adds which positions the check
 * covers, since the mistake is as likely to be there as in the check character itself.
 *
 * @param value the 18 characters in canonical form (upper case, no surrounding space)
 */
public record CreditCode(String value) {

    /** The characters a code may use, each worth its index; I, O, S, V and Z are never used. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int LENGTH = 18;
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    /** A code from its canonical form; throws {@link InvalidCreditCode} unless it is valid. */
    public CreditCode {
        Objects.requireNonNull(value, "value");
        verify(value.codePoints().toArray());
    }

    /**
     * Parses a code as typed: surrounding white space is ignored and ASCII letters may be lower case.
     *
     * @throws InvalidCreditCode naming the first position found wrong
     */
    public static CreditCode parse(String text) {
        StringBuilder canonical = new StringBuilder(LENGTH);
        text.strip()
                .codePoints()
                .map(c -> c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c)
                .forEach(canonical::appendCodePoint);
        return new CreditCode(canonical.toString());
    }

    /**
     * Builds the valid code with these parts, computing both check characters.
     *
     * @param registrationAuthorityAndCategory positions 1–2, e.g. {@code 91} for an enterprise
     * @param divisionCode positions 3–8, six digits
     * @param organisationBody positions 9–16, eight characters of the code's character set
     */
    public static CreditCode of(String registrationAuthorityAndCategory, String divisionCode, String organisationBody) {
        require(registrationAuthorityAndCategory, 2, CHARACTERS, "registration authority and category");
        require(divisionCode, 6, "0123456789", "division code");
        require(organisationBody, 8, CHARACTERS, "organisation body");
        String first16 = registrationAuthorityAndCategory + divisionCode + organisationBody;
        String first17 = first16 + organisationCheck(first16.chars().toArray());
        return new CreditCode(first17 + finalCheck(first17.chars().toArray()));
    }

    /** The administrative division code of the registering authority (positions 3–8). */
    public String divisionCode() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void verify(int[] code) {
        if (code.length != LENGTH) {
            throw new InvalidCreditCode(0, "creditCode.length", code.length);
        }
        for (int i = 0; i < LENGTH; i++) {
            int position = i + 1;
            if (CHARACTERS.indexOf(code[i]) < 0) {
                throw new InvalidCreditCode(position, "creditCode.character", position, shown(code[i]));
            }
            if (position >= 3 && position <= 8 && (code[i] < '0' || code[i] > '9')) {
                throw new InvalidCreditCode(position, "creditCode.division", position, shown(code[i]));
            }
        }
        char organisation = organisationCheck(code);
        if (code[16] != organisation) {
            throw new InvalidCreditCode(17, "creditCode.organisationCheck", 17, organisation, shown(code[16]));
        }
        char check = finalCheck(code);
        if (code[17] != check) {
            throw new InvalidCreditCode(18, "creditCode.check", 18, check, shown(code[17]));
        }
    }

    /** GB 11714 check over positions 9–16: 11 − (Σ value × weight mod 11); 10 is X, 11 is 0. */
    private static char organisationCheck(int[] code) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += Character.digit(code[8 + i], 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /** GB 32100 check over positions 1–17: 31 − (Σ value × 3^(i−1) mod 31), 31 becoming 0. */
    private static char finalCheck(int[] code) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARACTERS.indexOf(code[i]) * weight;
            weight = weight * 3 % 31;
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    private static String shown(int character) {
        boolean invisible = Character.isISOControl(character)
                || Character.isWhitespace(character)
                || Character.isSpaceChar(character)
                || !Character.isDefined(character);
        return invisible ? String.format("U+%04X", character) : Character.toString(character);
    }

    private static void require(String part, int length, String allowed, String name) {
        if (part.length() != length || !part.chars().allMatch(c -> allowed.indexOf(c) >= 0)) {
            throw new IllegalArgumentException(
                    name + " \"" + part + "\" is malformed, want " + length + " characters of " + allowed);
        }
    }
}

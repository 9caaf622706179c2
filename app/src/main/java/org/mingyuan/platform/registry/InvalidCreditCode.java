package org.mingyuan.platform.registry;

import org.mingyuan.platform.InvalidRequest;

/**
 * Thrown when a text is not a valid unified social credit code; names the field {@code creditCode}.
 *
 * <p>The single problem's message code starts with {@code creditCode.} and its arguments name the
 * position and the characters involved, so the reason can be shown in the caller's language.
 */
public class InvalidCreditCode extends InvalidRequest {

    private final int position;

    InvalidCreditCode(int position, String code, Object... args) {
        super("creditCode", code, args);
        this.position = position;
    }

    /**
     * The 1-based position found wrong, or 0 when the length is wrong.
     *
     * <p>For a check character that does not match (17 or 18) the typing mistake may also sit in
     * one of the positions that check covers; the message says so.
     */
    public int position() {
        return position;
    }
}

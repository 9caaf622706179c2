package org.mingyuan.ledger.hash;

import java.util.Base64;

/** Standard base64 (RFC 4648, padded) read strictly: only the one text that encodes given bytes decodes to them. */
public final class StrictBase64 {

    private StrictBase64() {}

    /**
     * Decodes text the standard encoder would write; unused bits must be zero and padding present.
     *
     * @throws IllegalArgumentException if the text is not base64 or not the canonical encoding of what it decodes to
     */
    public static byte[] decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        if (!Base64.getEncoder().encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("\"" + text + "\" is not canonical base64");
        }
        return bytes;
    }
}

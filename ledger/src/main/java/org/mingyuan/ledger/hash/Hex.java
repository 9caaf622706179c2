package org.mingyuan.ledger.hash;

import java.util.HexFormat;

/** Lowercase hexadecimal encoding of hashes and keys. */
public final class Hex {

    private static final HexFormat FORMAT = HexFormat.of();

    private Hex() {}

    /** Returns the lowercase hex form of the bytes. */
    public static String encode(byte[] bytes) {
        return FORMAT.formatHex(bytes);
    }

    /** Returns the bytes of a hex string; throws IllegalArgumentException on odd length or a non-hex digit. */
    public static byte[] decode(String hex) {
        return FORMAT.parseHex(hex);
    }
}

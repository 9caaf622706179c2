package org.mingyuan.platform.registry.internal.matching;

import java.util.Locale;

/** The names clauses use for fact kinds: the kind's key in lower camel case, {@code RD_SPEND} as {@code rdSpend}. */
public final class MatchingKeys {

    private MatchingKeys() {}

    /** The clause name of the fact kind with this key. */
    public static String of(String kindKey) {
        StringBuilder key = new StringBuilder(kindKey.length());
        boolean upper = false;
        for (char c : kindKey.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = key.length() > 0;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}

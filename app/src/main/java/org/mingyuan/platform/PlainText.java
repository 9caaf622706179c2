package org.mingyuan.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/**
 * What a person may type into a name or a note: no control characters (NUL, ANSI escapes), no
 * unpaired surrogates, no bidirectional overrides or isolates that make text read differently from
 * how it is stored, no byte-order marks or noncharacters, and not only invisible characters. Notes
 * may hold line breaks and tabs; names may not.
 */
public final class PlainText {

    private PlainText() {}

    /** Whether line breaks and tabs are allowed. */
    public enum Lines {
        ONE,
        MANY
    }

    /**
     * The problem with {@code value} in {@code field}, if any: {@code text.invisibleCharacter} naming the
     * position (from 1) and code point, or {@code text.onlyInvisible}. Null and empty values have none.
     */
    public static Optional<FieldProblem> problem(String field, @Nullable String value, Lines lines) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        boolean visible = false;
        int position = 0;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            position++;
            if (forbidden(cp, lines)) {
                return Optional.of(new FieldProblem(
                        field, "text.invisibleCharacter", List.of(position, String.format(Locale.ROOT, "U+%04X", cp))));
            }
            visible |= !invisible(cp);
            i += Character.charCount(cp);
        }
        return visible ? Optional.empty() : Optional.of(new FieldProblem(field, "text.onlyInvisible", List.of()));
    }

    private static boolean forbidden(int cp, Lines lines) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return lines == Lines.ONE;
        }
        return Character.isISOControl(cp)
                || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0x200E
                || cp == 0x200F
                || cp == 0x061C
                || cp == 0xFEFF
                || (cp >= 0xFFF9 && cp <= 0xFFFB)
                || (cp >= 0xFDD0 && cp <= 0xFDEF)
                || (cp & 0xFFFE) == 0xFFFE;
    }

    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp)
                || Character.isSpaceChar(cp)
                || (cp >= 0x200B && cp <= 0x200D)
                || cp == 0x2060
                || cp == 0x180E
                || cp == 0x3164
                || cp == 0x115F
                || cp == 0x1160
                || cp == 0xFFA0;
    }
}

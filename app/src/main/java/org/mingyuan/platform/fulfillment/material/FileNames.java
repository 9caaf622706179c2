package org.mingyuan.platform.fulfillment.material;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Cleans the name a file came with for display and download: only its last path segment, NFC-normalised, without
 * control, format (bidirectional overrides, zero-width characters), private-use or unassigned characters, runs of
 * white space made one space, at most {@link #MAX_LENGTH} characters, and ending in its format's extension, so that
 * a PNG named {@code run.exe} is saved as {@code run.exe.png}. Markup is kept as text: pages escape it.
 */
final class FileNames {

    /** The longest name kept, in UTF-16 units, extension included. */
    static final int MAX_LENGTH = 120;

    private FileNames() {}

    /** The name to show and to download {@code original} by, for a file of {@code format}; never blank. */
    static String forDisplay(@Nullable String original, MaterialFormat format) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!kept.isEmpty() && kept.charAt(kept.length() - 1) != ' ') {
                    kept.append(' ');
                }
            } else if (shown(cp)) {
                kept.appendCodePoint(cp);
            }
        });
        String cleaned = kept.toString().strip();
        String base = cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "material" : cleaned;
        String suffix = format.named(base) ? "" : "." + format.extension();
        int room = MAX_LENGTH - suffix.length();
        if (base.length() > room) {
            String ending = suffix.isEmpty() ? base.substring(base.lastIndexOf('.')) : "";
            int cut = room - ending.length();
            if (Character.isLowSurrogate(base.charAt(cut))) {
                cut--;
            }
            base = base.substring(0, cut) + ending;
        }
        return base + suffix;
    }

    private static boolean shown(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.PRIVATE_USE,
                    Character.SURROGATE,
                    Character.UNASSIGNED,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR -> false;
            default -> cp != 0x3164 && cp != 0x115F && cp != 0x1160 && cp != 0xFFA0;
        };
    }
}

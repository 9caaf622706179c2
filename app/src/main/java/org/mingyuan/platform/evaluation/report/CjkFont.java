package org.mingyuan.platform.evaluation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the font the PDF reports set Chinese in: the configured file, or the first suitable file under the usual font
 * folders.
 *
 * <p>A suitable font has TrueType ({@code glyf}) outlines, since PDFBox embeds only those, and covers
 * {@value #SAMPLE}. Debian's Noto CJK ({@code fonts-noto-cjk}) ships CFF outlines only and is therefore passed over;
 * Debian's {@code fonts-droid-fallback} (Droid Sans Fallback) or a TrueType build of Noto Sans SC serve.
 */
@Component
public class CjkFont {

    /** Text a suitable font must cover. */
    static final String SAMPLE = "名园测评报告";

    private static final List<Path> FOLDERS = List.of(
            Path.of("/usr/share/fonts"),
            Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".fonts"));

    /** File names of fonts that may cover Chinese, best first. */
    private static final List<Pattern> PREFERRED = Stream.of(
                    "notosans(sc|cjk)",
                    "notoserif(sc|cjk)",
                    "sourcehan",
                    "droidsansfallback",
                    "wqy",
                    "uming",
                    "ukai",
                    "lxgw")
            .map(Pattern::compile)
            .toList();

    private final @Nullable String configured;
    private volatile @Nullable FontFace found;

    CjkFont(ReportProperties properties) {
        this.configured = properties.cjkFont() == null || properties.cjkFont().isBlank() ? null : properties.cjkFont();
    }

    /** One font inside a file: the file and the font's PostScript name (a collection holds several). */
    public record FontFace(Path file, String name) {}

    /**
     * The font to use, never null.
     *
     * @throws CjkFontMissing when the configured font cannot be used or, with none configured, none was found
     */
    public FontFace face() {
        FontFace face = found;
        if (face == null) {
            face = configured == null ? search() : configured(Path.of(configured));
            found = face;
        }
        return face;
    }

    private static FontFace configured(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CjkFontMissing("font file " + file + " does not exist or cannot be read");
        }
        FontFace face = suitable(file);
        if (face == null) {
            throw new CjkFontMissing("font file " + file + " has no TrueType (glyf) outlines covering " + SAMPLE);
        }
        return face;
    }

    private static FontFace search() {
        List<Path> candidates = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder, 6)) {
                    files.filter(f -> rank(f) < PREFERRED.size()).forEach(candidates::add);
                } catch (IOException | RuntimeException unreadable) {
                    // a folder we may not read holds nothing we can use
                }
            }
        }
        candidates.sort(Comparator.comparingInt(CjkFont::rank).thenComparing(Path::toString));
        for (Path file : candidates) {
            FontFace face = suitable(file);
            if (face != null) {
                return face;
            }
        }
        throw new CjkFontMissing("no font with TrueType (glyf) outlines covering " + SAMPLE + " under " + FOLDERS
                + " (Noto CJK's CFF outlines cannot be embedded); install fonts-droid-fallback or set "
                + CjkFontMissing.FIELD);
    }

    private static int rank(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[-_ ]", "");
        if (!name.endsWith(".ttf") && !name.endsWith(".ttc")) {
            return PREFERRED.size();
        }
        for (int i = 0; i < PREFERRED.size(); i++) {
            if (PREFERRED.get(i).matcher(name).find()) {
                return i;
            }
        }
        return PREFERRED.size();
    }

    /** The first font in {@code file} that has TrueType outlines covering the sample, or null. */
    static @Nullable FontFace suitable(Path file) {
        if (!SfntTables.hasTrueTypeOutlines(file)) {
            return null;
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection collection = new TrueTypeCollection(file.toFile())) {
                    List<String> names = new ArrayList<>();
                    collection.processAllFonts(font -> {
                        if (names.isEmpty() && covers(font)) {
                            names.add(font.getName());
                        }
                    });
                    return names.isEmpty() ? null : new FontFace(file, names.get(0));
                }
            }
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return covers(font) ? new FontFace(file, font.getName()) : null;
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static boolean covers(TrueTypeFont font) throws IOException {
        if (font instanceof OpenTypeFont otf && otf.isPostScript() || font.getGlyph() == null) {
            return false;
        }
        var cmap = font.getUnicodeCmapLookup(false);
        return cmap != null && SAMPLE.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0);
    }
}

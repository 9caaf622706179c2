package org.mingyuan.platform.evaluation.report;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a PDF whose text is set in the CJK font, so Chinese prints and can be copied and
 * searched.
 *
 * <p>Templates for PDF are well-formed XHTML (every element closed, no HTML-only entities) and name the font family
 * {@value #FAMILY} in their style sheet.
 */
@Component
public class PdfDocuments {

    /** The font family a template names to set text in the CJK font. */
    public static final String FAMILY = "mingyuan-cjk";

    private final ITemplateEngine templates;
    private final CjkFont font;

    PdfDocuments(ITemplateEngine templates, CjkFont font) {
        this.templates = templates;
        this.font = font;
    }

    /**
     * The PDF of {@code template} filled with {@code model} in {@code locale}.
     *
     * @throws CjkFontMissing when no font for Chinese can be used; no PDF of empty boxes is made
     */
    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        CjkFont.FontFace face = font.face();
        String html = templates.process(template, new Context(locale, model));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument();
                OpenFont source = OpenFont.open(face)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, source.font(), true)), FAMILY);
            builder.withHtmlContent(html, null);
            builder.withProducer("Mingyuan");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF of " + template + " could not be made", e);
        }
        return out.toByteArray();
    }

    /** The parsed font of a face, kept open while the document is written, since subsetting reads it on save. */
    private record OpenFont(Closeable holder, TrueTypeFont font) implements Closeable {

        static OpenFont open(CjkFont.FontFace face) throws IOException {
            if (face.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                TrueTypeCollection collection =
                        new TrueTypeCollection(face.file().toFile());
                return new OpenFont(collection, collection.getFontByName(face.name()));
            }
            TrueTypeFont single = new TTFParser()
                    .parse(new RandomAccessReadBufferedFile(face.file().toFile()));
            return new OpenFont(single, single);
        }

        @Override
        public void close() throws IOException {
            holder.close();
        }
    }
}

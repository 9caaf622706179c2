package org.mingyuan.platform.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

public class PdfDocumentsTests {

    private static final String TEMPLATE = """
            <html xmlns:th="http://www.thymeleaf.org"><head><style>body { font-family: mingyuan-cjk; }</style></head>
            <body><h1 th:text="${title}">title</h1><p th:text="${line}">line</p></body></html>
            """;

    private static PdfDocuments documents(ReportProperties properties) {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        return new PdfDocuments(engine, new CjkFont(properties));
    }

    /** The text PDFBox extracts from {@code pdf}. */
    public static String text(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void chineseTextIsExtractableExactly() throws IOException {
        byte[] pdf = documents(new ReportProperties(null))
                .render(TEMPLATE, Map.of("title", "名园测评报告", "line", "园区综合得分 0.8731，排名 1–2"), Locale.CHINA);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("名园测评报告").contains("园区综合得分 0.8731，排名 1–2");
    }

    @Test
    void aMissingConfiguredFontIsRefusedBeforeAnyPdfIsMade(@TempDir Path folder) {
        String missing = folder.resolve("no-such-font.ttf").toString();

        assertThatThrownBy(() -> documents(new ReportProperties(missing)).render(TEMPLATE, Map.of(), Locale.CHINA))
                .isInstanceOf(CjkFontMissing.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aConfiguredFileThatIsNoCjkFontIsRefused(@TempDir Path folder) throws IOException {
        Path junk = Files.writeString(folder.resolve("junk.ttf"), "not a font at all");

        assertThatThrownBy(() -> new CjkFont(new ReportProperties(junk.toString())).face())
                .isInstanceOf(CjkFontMissing.class)
                .hasMessageContaining("no TrueType (glyf) outlines covering 名园测评报告");
    }

    @Test
    void notoCjkWithCffOutlinesIsPassedOver() {
        Path noto = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        Assumptions.assumeTrue(Files.isRegularFile(noto), "fonts-noto-cjk is not installed");

        assertThat(CjkFont.suitable(noto)).isNull();
    }
}

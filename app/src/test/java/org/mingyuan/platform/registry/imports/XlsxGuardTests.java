package org.mingyuan.platform.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxGuardTests {

    static final ImportLimits LIMITS = new ImportLimits(1000, 1 << 20, 1000, Duration.ofHours(1), 1, 1);

    @TempDir
    Path dir;

    @Test
    void cellsUpToTheLimitPass() throws IOException {
        Path file = write(ImportFiles.handMade(
                xml -> ImportFiles.row(xml, 1, List.of("甲".repeat(1000), "b"), Map.of()), null, null));

        assertThatCode(() -> XlsxGuard.check(file, LIMITS)).doesNotThrowAnyException();
    }

    @Test
    void aCellOverTheLimitIsRefusedWithItsRow() throws IOException {
        Path file = write(ImportFiles.handMade(
                xml -> {
                    ImportFiles.row(xml, 1, List.of("a"), Map.of());
                    ImportFiles.row(xml, 7, List.of("b", "乙".repeat(1001)), Map.of());
                },
                null,
                null));

        ImportRefusal refusal = catchThrowableOfType(ImportRefusal.class, () -> XlsxGuard.check(file, LIMITS));

        assertThat(refusal.code()).isEqualTo("imports.xlsxCellTooLong");
        assertThat(refusal.args()).containsExactly(7, 1000);
    }

    @Test
    void aPartThatExpandsLikeABombIsRefused() throws IOException {
        Path file = write(ImportFiles.handMade(
                xml -> {
                    for (int i = 0; i < 5_000; i++) {
                        xml.write("<row>");
                        ImportFiles.repeat(xml, ' ', 10_000);
                        xml.write("</row>");
                    }
                },
                null,
                null));

        ImportRefusal refusal = catchThrowableOfType(ImportRefusal.class, () -> XlsxGuard.check(file, LIMITS));

        assertThat(refusal.code()).isEqualTo("imports.xlsxInflated");
        assertThat(refusal.args()).containsExactly("xl/worksheets/sheet1.xml", XlsxPartStream.MAX_RATIO);
    }

    @Test
    void aHugeAttributeIsRefusedBeforeTheParserHoldsIt() throws IOException {
        Path file = write(ImportFiles.handMade(
                xml -> {
                    xml.write("<row r=\"1\" spans=\"");
                    var random = new Random(8);
                    for (int i = 0; i < 2_000_000; i++) {
                        xml.write('a' + random.nextInt(26));
                    }
                    xml.write("\"/>");
                },
                null,
                null));

        ImportRefusal refusal = catchThrowableOfType(ImportRefusal.class, () -> XlsxGuard.check(file, LIMITS));

        assertThat(refusal.code()).isEqualTo("imports.xlsxMarkup");
    }

    @Test
    void sharedStringsBeyondWhatTheRowsAllowedNeedAreRefused() throws IOException {
        var random = new Random(8);
        Path file = write(ImportFiles.handMade(
                xml -> xml.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                xml -> {
                    for (int i = 0; i < 2_000; i++) {
                        xml.write("<si><t>");
                        for (int c = 0; c < 300; c++) {
                            xml.write('a' + random.nextInt(26));
                        }
                        xml.write("</t></si>");
                    }
                },
                null));

        ImportRefusal refusal = catchThrowableOfType(ImportRefusal.class, () -> XlsxGuard.check(file, LIMITS));

        assertThat(refusal.code()).isEqualTo("imports.xlsxStringsTooMany");
        assertThat(refusal.args()).containsExactly(XlsxGuard.SHARED_WEIGHT_PER_ROW * LIMITS.maxRows());
    }

    @Test
    void aCellBeyondTheLastColumnIsRefused() throws IOException {
        Path file = write(ImportFiles.handMade(
                xml -> xml.write("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c><c r=\"XFE1\"><v>2</v></c></row>"),
                null,
                null));

        ImportRefusal refusal = catchThrowableOfType(ImportRefusal.class, () -> XlsxGuard.check(file, LIMITS));

        assertThat(refusal.code()).isEqualTo("imports.xlsxTooWide");
        assertThat(refusal.args()).containsExactly("XFE1", XlsxGuard.MAX_COLUMNS);
    }

    private Path write(byte[] xlsx) throws IOException {
        return Files.write(dir.resolve("test.xlsx"), xlsx);
    }
}

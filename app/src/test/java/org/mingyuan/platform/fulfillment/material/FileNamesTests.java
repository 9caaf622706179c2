package org.mingyuan.platform.fulfillment.material;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names are cleaned for display and end in their format's extension; markup stays text for pages to escape. */
class FileNamesTests {

    @Test
    void keepsAnOrdinaryNameAsItIs() {
        assertThat(FileNames.forDisplay("2024 年度审计报告.PDF", MaterialFormat.PDF)).isEqualTo("2024 年度审计报告.PDF");
        assertThat(FileNames.forDisplay("licence.jpeg", MaterialFormat.JPEG)).isEqualTo("licence.jpeg");
    }

    @Test
    void dropsPathsControlAndInvisibleCharacters() {
        assertThat(FileNames.forDisplay("C:\\Users\\x\\..\\scan.png", MaterialFormat.PNG))
                .isEqualTo("scan.png");
        assertThat(FileNames.forDisplay("../../etc/passwd", MaterialFormat.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.forDisplay("合同\u202Efdp.exe", MaterialFormat.PDF)).isEqualTo("合同fdp.exe.pdf");
        assertThat(FileNames.forDisplay("a\u200Bb\u0000c\u001B[31m\td  e.png", MaterialFormat.PNG))
                .isEqualTo("abc[31m d e.png");
    }

    @Test
    void namesTheFormatWhenTheNameDoesNot() {
        assertThat(FileNames.forDisplay("run.exe", MaterialFormat.PNG)).isEqualTo("run.exe.png");
        assertThat(FileNames.forDisplay(null, MaterialFormat.JPEG)).isEqualTo("material.jpg");
        assertThat(FileNames.forDisplay("\u200B\u202E ..", MaterialFormat.PDF)).isEqualTo("material.pdf");
    }

    @Test
    void keepsMarkupAsText() {
        assertThat(FileNames.forDisplay("<img src=x onerror=alert(1)> & \"报告\".pdf", MaterialFormat.PDF))
                .isEqualTo("<img src=x onerror=alert(1)> & \"报告\".pdf");
    }

    @Test
    void cutsLongNamesKeepingTheExtensionAndWholeCharacters() {
        String name = FileNames.forDisplay("😀".repeat(100) + ".pdf", MaterialFormat.PDF);
        assertThat(name).endsWith(".pdf").hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(name.codePoints().allMatch(cp -> cp == 0x1F600 || ".pdf".indexOf(cp) >= 0))
                .isTrue();
        assertThat(FileNames.forDisplay("x".repeat(500), MaterialFormat.PNG))
                .hasSize(FileNames.MAX_LENGTH)
                .endsWith(".png");
    }
}

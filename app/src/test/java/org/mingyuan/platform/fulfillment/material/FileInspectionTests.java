package org.mingyuan.platform.fulfillment.material;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** A file's format, size and digest come from its bytes: real PDF, PNG and JPEG pass; executables and pages do not. */
class FileInspectionTests {

    private static FileInspection.Inspected inspect(byte[] bytes) throws IOException {
        return FileInspection.inspect(new ByteArrayInputStream(bytes), 10 * 1024 * 1024);
    }

    @Test
    void realDocumentsAndImagesAreDetectedByTheirBytes() throws IOException {
        assertThat(inspect(MaterialFiles.pdf()).format()).contains(MaterialFormat.PDF);
        assertThat(inspect(MaterialFiles.png()).format()).contains(MaterialFormat.PNG);
        assertThat(inspect(MaterialFiles.jpeg()).format()).contains(MaterialFormat.JPEG);
    }

    @Test
    void executablesAndPagesAreNoMaterialWhateverTheyAreCalled() throws IOException {
        var elf = inspect(MaterialFiles.elf());
        assertThat(elf.format()).isEmpty();
        assertThat(elf.detected().toString()).contains("x-");
        var exe = inspect(MaterialFiles.mz());
        assertThat(exe.format()).isEmpty();
        assertThat(exe.detected().toString()).contains("msdownload");
        var page = inspect(MaterialFiles.html());
        assertThat(page.format()).isEmpty();
        assertThat(page.detected().toString()).isEqualTo("text/html");
        assertThat(inspect("%PDF is what this text says".getBytes()).format()).isEmpty();
    }

    @Test
    void sizeAndDigestAreOfEveryByte() throws Exception {
        byte[] pdf = MaterialFiles.pdf();
        var inspected = inspect(pdf);
        assertThat(inspected.size()).isEqualTo(pdf.length);
        assertThat(inspected.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void readingStopsJustPastTheLimit() throws IOException {
        byte[] large = new byte[300_000];
        System.arraycopy(MaterialFiles.png(), 0, large, 0, 8);
        var inspected = FileInspection.inspect(new ByteArrayInputStream(large), 100_000);
        assertThat(inspected.size()).isEqualTo(100_001);
        assertThat(FileInspection.inspect(new ByteArrayInputStream(large), 300_000)
                        .size())
                .isEqualTo(300_000);
    }

    @Test
    void anEmptyFileHasNoFormat() throws IOException {
        var empty = inspect(new byte[0]);
        assertThat(empty.size()).isZero();
        assertThat(empty.format()).isEmpty();
    }
}

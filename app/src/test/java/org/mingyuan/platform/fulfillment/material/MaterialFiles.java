package org.mingyuan.platform.fulfillment.material;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/**
 * Real files built in memory for the material tests: a PDF readers open, PNG and JPEG images written by the JDK's
 * encoders, and files that must be refused whatever they are named (ELF and MZ executables, an HTML page). Each call
 * gives bytes no other call gives, so that tests do not share stored blobs by accident.
 */
public final class MaterialFiles {

    private MaterialFiles() {}

    /** A one-page PDF with a cross-reference table, carrying a unique comment. */
    public static byte[] pdf() {
        var out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n%" + UUID.randomUUID() + "\n");
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"
        };
        for (int i = 0; i < objects.length; i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj " + objects[i] + " endobj\n");
        }
        int xref = out.size();
        write(out, "xref\n0 4\n0000000000 65535 f \n");
        for (int offset : offsets) {
            write(out, String.format("%010d 00000 n \n", offset));
        }
        write(out, "trailer << /Size 4 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    /** A 4 × 4 PNG of a random colour. */
    public static byte[] png() {
        return image("png");
    }

    /** A 4 × 4 JPEG of a random colour. */
    public static byte[] jpeg() {
        return image("jpeg");
    }

    /** The header of a 64-bit Linux executable (ELF, type EXEC) and some code bytes. */
    public static byte[] elf() {
        ByteBuffer elf = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        elf.position(16);
        elf.putShort((short) 2); // e_type: executable
        elf.putShort((short) 0x3E); // e_machine: x86-64
        elf.putInt(1); // e_version
        elf.putLong(0x401000); // e_entry
        elf.position(128);
        ThreadLocalRandom.current().ints(128, 0, 256).forEach(b -> elf.put((byte) b));
        return elf.array();
    }

    /** A Windows executable: the MZ header, the DOS stub's message and a PE signature. */
    public static byte[] mz() {
        ByteBuffer exe = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        exe.put(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF});
        exe.position(0x3C);
        exe.putInt(0x80);
        exe.position(0x4E);
        exe.put("This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII));
        exe.position(0x80);
        exe.put(new byte[] {'P', 'E', 0, 0});
        exe.putShort((short) 0x8664);
        exe.position(0x100);
        ThreadLocalRandom.current().ints(256, 0, 256).forEach(b -> exe.put((byte) b));
        return exe.array();
    }

    /** An HTML page with a script. */
    public static byte[] html() {
        return ("<!DOCTYPE html>\n<html><head><title>发票</title></head><body><script>alert('" + UUID.randomUUID()
                        + "')</script></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        var random = ThreadLocalRandom.current();
        var image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
        graphics.fillRect(0, 0, 4, 4);
        image.setRGB(random.nextInt(4), random.nextInt(4), random.nextInt(0x1000000));
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}

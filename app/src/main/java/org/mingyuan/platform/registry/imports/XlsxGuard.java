package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads every part of an XLSX file once as an XML stream, before the workbook is opened, and refuses
 * the file when a cell or a shared string holds more than the cell limit. Characters are counted as
 * they stream, so a cell of any size is refused after its first {@code maxChars + 1} characters and
 * never built; each part is read through an {@link XlsxPartStream}, which bounds expansion and tags.
 */
final class XlsxGuard {

    private static final SAXParserFactory SAX = saxFactory();

    private XlsxGuard() {}

    /**
     * Checks {@code file}, a ZIP archive.
     *
     * @throws ImportRefusal when a part breaks a limit, or names are repeated
     * @throws IOException when the archive cannot be read
     */
    static void check(Path file, int maxChars) throws IOException {
        long fileSize = Files.size(file);
        try (var zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!names.add(entry.getName())) {
                    throw new ImportRefusal("imports.unreadableXlsx");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                long compressed = entry.getCompressedSize() < 0 ? fileSize : entry.getCompressedSize();
                try (InputStream part = new XlsxPartStream(
                        zip.getInputStream(entry), entry.getName(), Math.min(compressed, fileSize))) {
                    scan(part, maxChars, name.endsWith(".xml") || name.endsWith(".rels"));
                }
            }
        } catch (ZipException damaged) {
            throw new ImportRefusal("imports.unreadableXlsx");
        }
    }

    /**
     * Scans one part as XML. A part not named as XML (an image, say) that is not XML is passed over:
     * no reader takes it for a sheet; one that is XML is held to the limits like any other.
     */
    private static void scan(InputStream part, int maxChars, boolean namedXml) throws IOException {
        try {
            SAXParser parser = SAX.newSAXParser();
            parser.parse(part, new CellLengths(maxChars));
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        } catch (SAXException malformed) {
            if (malformed.getCause() instanceof ImportRefusal refusal) {
                throw refusal;
            }
            if (namedXml) {
                throw new ImportRefusal("imports.unreadableXlsx");
            }
        }
    }

    private static SAXParserFactory saxFactory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory;
        } catch (ParserConfigurationException | SAXException unsupported) {
            throw new IllegalStateException(unsupported);
        }
    }

    /**
     * Counts the characters of each cell ({@code c}) of a sheet and of each shared string
     * ({@code si}), all of their text runs together. Text outside them is no cell's; the part stream
     * bounds it.
     */
    private static final class CellLengths extends DefaultHandler {

        private final int maxChars;
        private int row;
        private int strings;
        private boolean inCell;
        private boolean inString;
        private int chars;

        CellLengths(int maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (local(qName)) {
                case "row" -> row = rowNumber(attributes.getValue("r"), row + 1);
                case "c" -> {
                    inCell = true;
                    chars = 0;
                }
                case "si" -> {
                    inString = true;
                    strings++;
                    chars = 0;
                }
                default -> {}
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (local(qName)) {
                case "c" -> inCell = false;
                case "si" -> inString = false;
                default -> {}
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!inCell && !inString) {
                return;
            }
            chars += length;
            if (chars > maxChars) {
                ImportRefusal refusal = inString
                        ? new ImportRefusal("imports.xlsxStringTooLong", strings, maxChars)
                        : new ImportRefusal("imports.xlsxCellTooLong", Math.max(row, 1), maxChars);
                throw new SAXException(refusal);
            }
        }

        private static String local(String qName) {
            return qName.substring(qName.indexOf(':') + 1);
        }

        private static int rowNumber(@Nullable String r, int fallback) {
            try {
                return r == null ? fallback : Integer.parseInt(r);
            } catch (NumberFormatException notANumber) {
                return fallback;
            }
        }
    }
}

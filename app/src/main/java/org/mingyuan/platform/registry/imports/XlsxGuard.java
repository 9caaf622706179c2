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
 * the file when a cell or a shared string holds more than the cell limit, when all shared strings
 * together weigh more than the rows allowed need, or when a cell lies beyond the last column.
 * Characters are counted as they stream, so a cell of any size is refused after its first
 * {@code maxCellChars + 1} characters and never built; each part is read through an
 * {@link XlsxPartStream}, which bounds expansion and tags.
 */
final class XlsxGuard {

    /**
     * What all shared strings together may weigh per row allowed: their characters and
     * {@link #STRING_WEIGHT} for each, since a reader keeps them all in memory. A row of distinct name,
     * address and codes weighs under 200; 200,000 rows may weigh 100 million.
     */
    static final long SHARED_WEIGHT_PER_ROW = 500;
    /** The weight of one shared string beyond its characters: about what holding it costs. */
    static final int STRING_WEIGHT = 32;
    /** Columns a sheet may have: A to XFD. */
    static final int MAX_COLUMNS = 16_384;

    private static final SAXParserFactory SAX = saxFactory();

    private XlsxGuard() {}

    /**
     * Checks {@code file}, a ZIP archive, against the cell and row limits.
     *
     * @throws ImportRefusal when a part breaks a limit, or names are repeated
     * @throws IOException when the archive cannot be read
     */
    static void check(Path file, ImportLimits limits) throws IOException {
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
                    scan(part, limits, name.endsWith(".xml") || name.endsWith(".rels"));
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
    private static void scan(InputStream part, ImportLimits limits, boolean namedXml) throws IOException {
        try {
            SAXParser parser = SAX.newSAXParser();
            parser.parse(part, new CellLengths(limits.maxCellChars(), SHARED_WEIGHT_PER_ROW * limits.maxRows()));
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
        private final long maxSharedWeight;
        private long sharedWeight;

        CellLengths(int maxChars, long maxSharedWeight) {
            this.maxChars = maxChars;
            this.maxSharedWeight = maxSharedWeight;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (local(qName)) {
                case "row" -> row = rowNumber(attributes.getValue("r"), row + 1);
                case "c" -> {
                    requireColumn(attributes.getValue("r"));
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
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (local(qName)) {
                case "c" -> inCell = false;
                case "si" -> {
                    inString = false;
                    sharedWeight += chars + STRING_WEIGHT;
                    if (sharedWeight > maxSharedWeight) {
                        throw new SAXException(new ImportRefusal("imports.xlsxStringsTooMany", maxSharedWeight));
                    }
                }
                default -> {}
            }
        }

        /** Refuses a cell reference beyond column XFD, which a reader would make room for. */
        private static void requireColumn(@Nullable String reference) throws SAXException {
            if (reference == null) {
                return;
            }
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (column > MAX_COLUMNS || column < 0) {
                    throw new SAXException(new ImportRefusal("imports.xlsxTooWide", reference, MAX_COLUMNS));
                }
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

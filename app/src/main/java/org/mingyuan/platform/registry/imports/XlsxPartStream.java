package org.mingyuan.platform.registry.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One inflated part of an XLSX file as it streams: refuses it once it has expanded more than
 * {@link #MAX_RATIO} times its compressed size (beyond a first {@link #FREE_BYTES}), or once it holds
 * a run of more than {@link #MAX_RUN} bytes without markup, so that no tag, attribute or text of a
 * hostile part is ever held whole by an XML parser.
 */
final class XlsxPartStream extends FilterInputStream {

    /** Bytes a part may expand to before its compression ratio is checked. */
    static final long FREE_BYTES = 1 << 20;
    /** Times its compressed size a part may expand to; ordinary sheets expand 10 to 50 times. */
    static final long MAX_RATIO = 200;
    /** Bytes a part may hold between two {@code <}; a cell's text of 1,000 characters needs at most 10 KB. */
    static final int MAX_RUN = 1 << 20;

    private final String name;
    private final long maxBytes;
    private long read;
    private int run;

    XlsxPartStream(InputStream in, String name, long compressedSize) {
        super(in);
        this.name = name;
        this.maxBytes = Math.max(FREE_BYTES, MAX_RATIO * compressedSize);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(b, off, n);
        }
        return n;
    }

    private void count(byte[] b, int off, int len) {
        read += len;
        if (read > maxBytes) {
            throw new ImportRefusal("imports.xlsxInflated", name, MAX_RATIO);
        }
        for (int i = off; i < off + len; i++) {
            run = b[i] == '<' ? 0 : run + 1;
        }
        if (run > MAX_RUN) {
            throw new ImportRefusal("imports.xlsxMarkup", name, MAX_RUN / 1024);
        }
    }
}

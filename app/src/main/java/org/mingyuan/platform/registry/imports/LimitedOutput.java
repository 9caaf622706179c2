package org.mingyuan.platform.registry.imports;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Passes bytes on until a limit, then stops writing (still counting), so an upload cannot fill the disk. */
final class LimitedOutput extends FilterOutputStream {

    private final long limit;
    private long written;

    LimitedOutput(OutputStream out, long limit) {
        super(out);
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        if (++written <= limit) {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        long room = Math.max(0, limit - written);
        written += len;
        if (room > 0) {
            out.write(b, off, (int) Math.min(room, len));
        }
    }
}

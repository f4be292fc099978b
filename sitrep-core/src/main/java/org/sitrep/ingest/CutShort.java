package org.sitrep.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Ends a compressed stream where it is cut short or corrupt instead of failing the read, so that the records before
 * the damage are still read; {@link #damage()} then says what was wrong.
 */
final class CutShort extends FilterInputStream {

    private String damage;

    CutShort(InputStream in) {
        super(in);
    }

    /** What ended the stream early, or null when it ended where it should. */
    String damage() {
        return damage;
    }

    @Override
    public int read() throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            return super.read();
        } catch (IOException e) {
            damage = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return -1;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (damage != null) {
            return -1;
        }
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            damage = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return -1;
        }
    }
}

package org.sitrep.ingest;

/** Why one input (a file, or one line of a file) could not be read; line is 0 when the whole file failed. */
public record IngestError(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}

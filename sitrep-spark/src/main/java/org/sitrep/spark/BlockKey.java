package org.sitrep.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a report goes to be merged: its block (the country of its event; "" for events with no place) and its place
 * in the inputs, so that a block's reports are merged in the order {@code sitrep ingest} takes them.
 */
record BlockKey(String block, String file, long position) implements Serializable, Comparable<BlockKey> {

    private static final Comparator<BlockKey> ORDER = Comparator.comparing(BlockKey::block).thenComparing(BlockKey::file)
            .thenComparingLong(BlockKey::position);

    @Override
    public int compareTo(BlockKey o) {
        return ORDER.compare(this, o);
    }
}

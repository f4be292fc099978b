package org.sitrep.spark;

import org.apache.spark.Partitioner;

/** Sends every report of one block to the same partition, where one store merges them. */
final class ByBlock extends Partitioner {

    private final int partitions;

    ByBlock(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod(((BlockKey) key).block().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByBlock b && b.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}

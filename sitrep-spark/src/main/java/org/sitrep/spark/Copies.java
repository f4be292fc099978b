package org.sitrep.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.merge.MinHash;
import scala.Tuple2;

/**
 * Syndicated copies over all articles at once (MinHash LSH): articles that share a band key are candidates, an
 * article only of those before it in input order (as the store only knows articles stored before), and
 * {@link MinHash#original} picks the one it copies, as the store does. The merge is then told each article's
 * original, so that a copy is found even when its original's events lie in another country's block.
 */
final class Copies {

    /** An article's place in the input order, id and signature. */
    record Signed(String file, long position, String id, long[] signature) implements Serializable {
    }

    private static final Comparator<Signed> ORDER = Comparator.comparing(Signed::file).thenComparingLong(Signed::position);

    private Copies() {
    }

    /** Each copy's id with the id of the article it copies; articles that copy none are absent. */
    static JavaPairRDD<String, String> originals(JavaRDD<Extracted> articles) {
        JavaRDD<Signed> signed = articles.map(x -> new Signed(x.file(), x.position(), x.article().id(), MinHash.signature(x.article().text())))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Tuple2<String, String>, Integer> shared = signed.flatMapToPair(s -> {
            List<Tuple2<Long, Signed>> bands = new ArrayList<>();
            for (long key : MinHash.bandKeys(s.signature())) {
                bands.add(new Tuple2<>(key, s));
            }
            return bands.iterator();
        }).groupByKey().flatMapToPair(bucket -> {
            List<Signed> members = new ArrayList<>();
            bucket._2().forEach(members::add);
            members.sort(ORDER);
            List<Tuple2<Tuple2<String, String>, Integer>> pairs = new ArrayList<>();
            for (int later = 1; later < members.size(); later++) {
                for (int earlier = 0; earlier < later; earlier++) {
                    pairs.add(new Tuple2<>(new Tuple2<>(members.get(later).id(), members.get(earlier).id()), 1));
                }
            }
            return pairs.iterator();
        }).reduceByKey(Integer::sum);
        JavaPairRDD<String, long[]> signatures = signed.mapToPair(s -> new Tuple2<>(s.id(), s.signature()));
        JavaPairRDD<String, MinHash.Candidate> candidates = shared
                .mapToPair(p -> new Tuple2<>(p._1()._2(), new Tuple2<>(p._1()._1(), p._2())))
                .join(signatures)
                .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new MinHash.Candidate(t._1(), t._2()._1()._2(), t._2()._2())));
        return candidates.groupByKey().join(signatures).mapToPair(t -> {
            List<MinHash.Candidate> list = new ArrayList<>();
            t._2()._1().forEach(list::add);
            return new Tuple2<>(t._1(), MinHash.original(t._2()._2(), list));
        }).filter(t -> t._2() != null);
    }
}

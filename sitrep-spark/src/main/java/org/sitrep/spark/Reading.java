package org.sitrep.spark;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.sitrep.ingest.Articles;
import org.sitrep.ingest.IngestError;
import org.sitrep.model.Article;
import scala.Tuple2;

/**
 * Reads the articles of one input file (any format {@code sitrep extract} reads, by extension), streamed from its
 * file system; a file of another extension is passed over, as in a directory given to the CLI. What cannot be read
 * becomes an {@link Extracted#failed} record with its reason.
 */
final class Reading implements FlatMapFunction<Tuple2<String, PortableDataStream>, Extracted> {

    @Override
    public Iterator<Extracted> call(Tuple2<String, PortableDataStream> input) {
        String file = input._1();
        List<Extracted> out = new ArrayList<>();
        String lower = file.toLowerCase(Locale.ROOT);
        if (Articles.EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            return out.iterator();
        }
        long[] position = {0};
        try (InputStream in = input._2().open()) {
            new Articles().read(file, in, 0, result -> {
                for (Article a : result.articles()) {
                    out.add(new Extracted(file, position[0]++, ArticleRow.of(a), List.of(), null, null));
                }
                for (IngestError e : result.errors()) {
                    out.add(Extracted.failed(file, position[0]++, e.toString()));
                }
            });
        } catch (Exception e) { // the stream could not even be opened or closed: the file's records stay as read
            out.add(Extracted.failed(file, position[0], "cannot read " + file + ": " + e.getMessage()));
        }
        return out.iterator();
    }
}

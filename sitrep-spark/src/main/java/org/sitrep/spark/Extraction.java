package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.sitrep.Pipeline;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;
import org.sitrep.output.EventJson;

/**
 * Extracts each article's events with the CLI's pipeline, loaded once per executor JVM (the first task to need it
 * loads it; the gazetteer and models take about a second and some 200 MB). An article that fails or runs past the
 * time limit becomes an error record; the partition goes on.
 */
final class Extraction implements FlatMapFunction<Iterator<Extracted>, Extracted> {

    /** One pipeline per JVM, shared by the tasks running in it (the pipeline is safe to share). */
    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.standard(); // with the CLI's default time limit per article
    }

    @Override
    public Iterator<Extracted> call(Iterator<Extracted> articles) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Extracted next() {
                return extract(articles.next());
            }
        };
    }

    static Extracted extract(Extracted in) {
        if (in.error() != null) {
            return in;
        }
        try {
            ArticleResult r = Shared.PIPELINE.process(in.article().article());
            List<String> lines = new ArrayList<>(r.events().size());
            for (Event e : r.events()) {
                lines.add(EventJson.eventLine(e));
            }
            return new Extracted(in.file(), in.position(), ArticleRow.of(r.article()), lines, null, null);
        } catch (RuntimeException e) {
            return Extracted.failed(in.file(), in.position(), in.file() + ": article " + in.article().id() + " not extracted: " + e.getMessage());
        }
    }
}

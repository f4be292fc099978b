package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;

/**
 * The whole pipeline on texts made by the fuzzer, read as their language is identified or as Ukrainian or Russian: every article is read into events whose evidence lies inside its
 * text, or fails alone with an {@link ExtractionException}; nothing else escapes.
 */
class PipelineFuzzTest {

    private static Pipeline pipeline;

    private static Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = Pipeline.standard();
        }
        return pipeline;
    }

    @FuzzTest(maxDuration = "20s")
    void readsAnyTextOrFailsItAlone(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean() ? null : LocalDate.ofEpochDay(data.consumeLong(-50_000, 50_000));
        String language = data.pickValue(new String[] {"", "uk", "ru"}); // "": as identified; else as declared
        String text = data.consumeRemainingAsString();
        if (text.isBlank()) {
            return;
        }
        ArticleResult r;
        try {
            r = pipeline().process(new Article("fuzz", null, null, published, null, null, language.isEmpty() ? null : language, text));
        } catch (ExtractionException e) {
            return;
        }
        String read = r.article().text();
        for (Event e : r.events()) {
            for (Evidence v : e.evidence()) {
                assertTrue(v.start() >= 0 && v.start() <= v.end() && v.end() <= read.length(), "evidence outside the text: " + v);
            }
        }
    }
}

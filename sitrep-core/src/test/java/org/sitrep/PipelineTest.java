package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;

class PipelineTest {

    private static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    private static Article article(String id, String text) {
        return new Article(id, null, null, LocalDate.of(2025, 6, 1), null, null, null, text);
    }

    /** Runs on a thread with a small stack, so that input-sized recursion overflows on any machine. */
    private static Object onSmallStack(Article a) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(pipeline.process(a));
            } catch (RuntimeException e) {
                out.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        return out.get();
    }

    @Test
    void failsOneArticleThatListsTooDeeplyWithItsIdAndGoesOnWithTheNext() throws InterruptedException {
        String names = String.join(", ", java.util.Collections.nCopies(1500, "Olenya, Ivanovo, Engels"));
        Object failed = onSmallStack(article("deep-list", "Drones struck the " + names + " and Belaya airbases overnight."));
        ExtractionException e = assertInstanceOf(ExtractionException.class, failed);
        assertEquals("deep-list", e.articleId());
        assertTrue(e.getMessage().contains("too deeply"), e.getMessage());
        Object next = onSmallStack(article("next", "A missile hit Kharkiv on Sunday, injuring three people."));
        assertEquals(3, ((ArticleResult) next).events().get(0).casualties().injured().best());
    }
}

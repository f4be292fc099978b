package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.Cleaner;
import org.sitrep.decide.EventJudge;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.nlp.TextAnalyzer;
import org.sitrep.time.DateResolver;

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
    private static Object onSmallStack(Pipeline p, Article a) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(p.process(a));
            } catch (RuntimeException e) {
                out.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        return out.get();
    }

    @Test
    void readsAListThousandsOfNamesLongWithoutRunningOutOfStack() throws InterruptedException {
        String names = String.join(", ", java.util.Collections.nCopies(1500, "Olenya, Ivanovo, Engels"));
        Object read = onSmallStack(pipeline, article("long-list", "Drones struck the " + names + " and Belaya airbases overnight."));
        assertInstanceOf(ArticleResult.class, read, "a sentence is read in pieces, so no recursion grows with it");
    }

    @Test
    void failsOneArticleWhoseReadingOverflowsTheStackWithItsIdAndGoesOnWithTheNext() throws InterruptedException {
        Cleaner standard = Cleaner.standard();
        Pipeline fragile = new Pipeline(a -> a.id().equals("deep") ? recurse(a) : standard.clean(a), TextAnalyzer.english(),
                PlaceFinder.gazetteer(w -> false), DateResolver.english(), EventExtractor.rules(), EventJudge.keepAll());
        ExtractionException e = assertInstanceOf(ExtractionException.class, onSmallStack(fragile, article("deep", "Drones hit Kharkiv.")));
        assertEquals("deep", e.articleId());
        assertTrue(e.getMessage().contains("too deeply"), e.getMessage());
        Object next = onSmallStack(fragile, article("next", "A missile hit Kharkiv on Sunday, injuring three people."));
        assertEquals(3, ((ArticleResult) next).events().get(0).casualties().injured().best());
    }

    /** A stage whose recursion grows without end, as one on a text nested without end would. */
    private static Article recurse(Article a) {
        return recurse(a);
    }

    @Test
    void readsAnOverlongTextUpToASentencesEndAndSaysSoKeepingTheWholeText() {
        String first = "Russian drones struck Odesa overnight, killing two people, the governor said. ";
        String filler = "The war goes on and the talks go nowhere. ";
        String text = first + filler.repeat(Pipeline.READ_CHARS / filler.length() + 100)
                + "A missile hit Lviv on Sunday, killing nine people.";
        ArticleResult r = pipeline.process(article("long", text));
        assertEquals(text, r.article().text(), "the whole text is kept");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("text is " + text.length() + " characters: read up to")), r.warnings().toString());
        assertTrue(r.events().stream().anyMatch(e -> e.location() != null && e.location().name().equals("Odesa")), "the start is read");
        assertTrue(r.events().stream().noneMatch(e -> e.location() != null && e.location().name().equals("Lviv")), "the end is not");
        int read = Pipeline.readUpTo(text);
        assertEquals('.', text.charAt(read - 1), "cut after a sentence's end");
    }

    @Test
    void failsAnArticlePastItsTimeAloneAndReadsTheNextOne() {
        Pipeline hurried = pipeline.withTimeLimit(java.time.Duration.ofNanos(1));
        ExtractionException e = org.junit.jupiter.api.Assertions.assertThrows(ExtractionException.class,
                () -> hurried.process(article("slow", "Russian drones struck Odesa overnight, killing two people.")));
        assertTrue(e.getMessage().contains("slow") && e.getMessage().contains("limit per article"), e.getMessage());
        assertEquals(1, pipeline.process(article("next", "Russian drones struck Odesa overnight, killing two people.")).events().size(),
                "the budget of the failed article does not outlive it");
    }

    @Test
    void leavesATextInALanguageItCannotReadWithoutEventsAndSaysSo() {
        ArticleResult r = pipeline.process(article("athens-el", "Η αστυνομία ανακοίνωσε ότι δύο άνθρωποι τραυματίστηκαν σε έκρηξη "
                + "στο κέντρο της πόλης χθες το βράδυ."));
        assertEquals("el", r.article().language());
        assertTrue(r.events().isEmpty(), "no English rules on Greek text: " + r.events());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("language 'el' is not one sitrep reads yet")), r.warnings().toString());
    }

    @Test
    void readsAUkrainianReportWithItsOwnWords() {
        ArticleResult r = pipeline.process(article("odesa-uk", "Уночі російські дрони атакували Одесу. Внаслідок удару загинули "
                + "двоє людей, ще четверо дістали поранення, повідомив голова ОВА."));
        assertEquals("uk", r.article().language());
        assertEquals(1, r.events().size(), r.events().toString());
        org.sitrep.model.Event e = r.events().get(0);
        assertEquals("Odesa", e.location().name());
        assertEquals(LocalDate.of(2025, 6, 1), e.date().start());
        assertEquals(2, e.casualties().killed().best());
        assertEquals(4, e.casualties().injured().best());
        assertEquals(java.util.List.of("drone"), e.weapons());
        assertEquals("Russia", e.initiator().name());
    }

    @Test
    void readsARussianReportWithItsOwnWords() {
        ArticleResult r = pipeline.process(article("grayvoron-ru", "Вчера беспилотник ВСУ атаковал автомобиль в Грайвороне. "
                + "Пострадал 52-летний водитель, сообщил губернатор Белгородской области."));
        assertEquals("ru", r.article().language());
        assertEquals(1, r.events().size(), r.events().toString());
        org.sitrep.model.Event e = r.events().get(0);
        assertEquals("Grayvoron", e.location().name());
        assertEquals(LocalDate.of(2025, 5, 31), e.date().start());
        assertEquals(1, e.casualties().injured().best());
        assertEquals("Ukraine", e.initiator().name());
    }
}

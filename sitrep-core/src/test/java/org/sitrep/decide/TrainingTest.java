package org.sitrep.decide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.Pipeline;
import org.sitrep.ingest.Articles;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.Event;

class TrainingTest {

    private static Pipeline rulesOnly;
    private static Path labelled;

    @BeforeAll
    static void load() throws URISyntaxException {
        rulesOnly = Pipeline.standard(EventJudge.keepAll());
        labelled = Path.of(TrainingTest.class.getResource("/decide/labelled").toURI());
    }

    private static List<ArticleResult> extracted() {
        List<ArticleResult> out = new java.util.ArrayList<>();
        new Articles().read(List.of(labelled.toString()), System.in, batch -> batch.articles().forEach(a -> out.add(rulesOnly.process(a))));
        return out;
    }

    private static Path train(Path out) throws IOException {
        Training t = Training.fromGold(List.of(labelled));
        for (ArticleResult r : extracted()) {
            t.add(r.article(), r.events());
        }
        assertTrue(t.summary().startsWith("2 labelled articles (1 without gold passed over)"), t.summary()); // the README has none
        t.write(out);
        return out;
    }

    @Test
    void writesTheSameModelForTheSameArticles(@TempDir Path dir) throws IOException {
        byte[] first = Files.readAllBytes(train(dir.resolve("a.bin")));
        byte[] second = Files.readAllBytes(train(dir.resolve("b.bin")));
        assertArrayEquals(first, second);
    }

    @Test
    void givesEveryAttackAConfidenceAndDropsThoseUnderTheFloor(@TempDir Path dir) throws IOException {
        Path model = train(dir.resolve("m.bin"));
        ArticleResult market = extracted().stream().filter(r -> r.article().id().equals("market")).findFirst().orElseThrow();
        long attacks = market.events().stream().filter(e -> e.category() == Event.Category.ATTACK).count();
        assertTrue(attacks >= 2, "the rules find the market attack and the 2016 one: " + market.events());
        List<Event> kept = EventJudge.load(model, 0).judge(market.article(), market.events());
        assertEquals(market.events().size(), kept.size(), "a floor of 0 keeps every event");
        kept.stream().filter(e -> e.category() == Event.Category.ATTACK)
                .forEach(e -> assertTrue(e.confidence() > 0 && e.confidence() < 1, e.location().name() + " " + e.confidence()));
        Event background = kept.stream().filter(e -> e.date().start() != null && e.date().start().getYear() == 2016).findFirst().orElseThrow();
        Event reported = kept.stream().filter(e -> e.date().start() != null && e.date().start().getYear() == 2024).findFirst().orElseThrow();
        assertTrue(reported.confidence() > background.confidence(), reported.confidence() + " vs " + background.confidence());
        List<Event> strict = EventJudge.load(model, reported.confidence()).judge(market.article(), market.events());
        assertFalse(strict.stream().anyMatch(e -> e.category() == Event.Category.ATTACK && e.date().start().getYear() == 2016));
    }

    @Test
    void refusesToTrainWithoutGoldFilesOrOnOneKindOfExample(@TempDir Path dir) throws IOException {
        assertThrows(IOException.class, () -> Training.fromGold(List.of(dir)));
        Training t = Training.fromGold(List.of(labelled));
        IOException e = assertThrows(IOException.class, () -> t.write(dir.resolve("m.bin")));
        assertTrue(e.getMessage().contains("both kinds"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNoModel(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.bin"), "not a model");
        IOException e = assertThrows(IOException.class, () -> EventJudge.load(junk, 0));
        assertTrue(e.getMessage().contains("junk.bin"), e.getMessage());
    }

    @Test
    void bundledModelLoadsAndKeepsEveryAttack() {
        Article a = new Article("b", null, null, java.time.LocalDate.of(2024, 3, 10), null, null, null,
                "Russian shelling struck a market in Kherson on Saturday, killing two people.");
        List<Event> events = Pipeline.standard().process(a).events();
        assertFalse(events.isEmpty());
        events.forEach(e -> assertTrue(e.confidence() > 0 && e.confidence() <= 1, e.toString()));
    }
}

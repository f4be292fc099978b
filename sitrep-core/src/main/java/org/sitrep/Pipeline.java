package org.sitrep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.clean.Cleaner;
import org.sitrep.decide.EventJudge;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Article;
import org.sitrep.model.ArticleResult;
import org.sitrep.model.DateMention;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Sentence;
import org.sitrep.nlp.TextAnalyzer;
import org.sitrep.time.DateResolver;

/**
 * Hands an article to each stage in turn: clean, nlp, geo, time, extract, decide. Holds the loaded models,
 * gazetteer and lexicons once; thread-safe, so the CLI, the server and batch jobs share one instance.
 */
public final class Pipeline {

    private final Cleaner cleaner;
    private final TextAnalyzer analyzer;
    private final PlaceFinder places;
    private final DateResolver dates;
    private final EventExtractor extractor;
    private final EventJudge judge;

    public Pipeline(Cleaner cleaner, TextAnalyzer analyzer, PlaceFinder places, DateResolver dates, EventExtractor extractor, EventJudge judge) {
        this.cleaner = cleaner;
        this.analyzer = analyzer;
        this.places = places;
        this.dates = dates;
        this.extractor = extractor;
        this.judge = judge;
    }

    /**
     * The pipeline on the bundled English models, gazetteer and lexicons; fails at once if one is missing.
     * The gazetteer, the slowest to load, loads on a second thread while the models do.
     */
    public static Pipeline standard() {
        return standard(EventJudge.bundled());
    }

    /** The bundled pipeline with another event model: one written by {@code sitrep train}, or none at all. */
    public static Pipeline standard(EventJudge judge) {
        EventExtractor extractor = EventExtractor.rules();
        CompletableFuture<PlaceFinder> places = CompletableFuture.supplyAsync(() -> PlaceFinder.gazetteer(extractor.nonStateActors()));
        TextAnalyzer analyzer = TextAnalyzer.english();
        try {
            return new Pipeline(Cleaner.standard(), analyzer, places.join(), DateResolver.english(), extractor, judge);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The events of one article. A text that nests or lists too deeply for the rules' recursion fails alone, with an
     * {@link ExtractionException} naming the article, and leaves the pipeline usable for the next one.
     */
    public ArticleResult process(Article raw) {
        try {
            return extract(raw);
        } catch (StackOverflowError e) {
            throw new ExtractionException(raw.id(), "its text nests or lists too deeply to read (stack overflow)", e);
        }
    }

    private ArticleResult extract(Article raw) {
        Article article = cleaner.clean(raw);
        List<Sentence> sentences = analyzer.sentences(article.text());
        List<PlaceMention> found = places.find(sentences);
        List<DateMention> times = dates.find(sentences, article.published());
        List<String> warnings = new ArrayList<>();
        if (article.published() == null) {
            warnings.add("published date unknown: relative dates left unresolved");
        }
        List<Event> events = extractor.extract(new AnalyzedArticle(article, sentences, found, times,
                DateResolver.storyDay(sentences, times, article.published())));
        return new ArticleResult(article, judge.judge(article, events), warnings);
    }
}

package org.sitrep;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.sitrep.clean.Cleaner;
import org.sitrep.decide.EventJudge;
import org.sitrep.extract.EventExtractor;
import org.sitrep.geo.PlaceFinder;
import org.sitrep.lang.LanguageIdentifier;
import org.sitrep.limit.TimeBudget;
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
    private final Duration timeLimit;
    private final LanguageIdentifier languages;
    /** The languages whose rules and data sitrep has. */
    public static final List<String> READS = List.of("en", "uk", "ru");
    /** The stages that read a language other than English; the cleaner and the sentence splitter serve every language. */
    private record Reading(PlaceFinder places, DateResolver dates, EventExtractor extractor) {
    }

    private final Map<String, Reading> others = new HashMap<>();

    /** The time one article may take by default: a long article takes tens of milliseconds. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /**
     * How much of an article's text is read: about 30,000 words, longer than any news report; past it the text is
     * cut at a sentence's end, with a warning (the whole text is kept with the article).
     */
    public static final int READ_CHARS = 200_000;

    public Pipeline(Cleaner cleaner, TextAnalyzer analyzer, PlaceFinder places, DateResolver dates, EventExtractor extractor, EventJudge judge) {
        this(cleaner, analyzer, places, dates, extractor, judge, TIME_LIMIT, LanguageIdentifier.standard());
    }

    private Pipeline(Cleaner cleaner, TextAnalyzer analyzer, PlaceFinder places, DateResolver dates, EventExtractor extractor,
                     EventJudge judge, Duration timeLimit, LanguageIdentifier languages) {
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit per article must be positive: " + timeLimit);
        }
        this.cleaner = cleaner;
        this.analyzer = analyzer;
        this.places = places;
        this.dates = dates;
        this.extractor = extractor;
        this.judge = judge;
        this.timeLimit = timeLimit;
        this.languages = languages;
        for (String language : READS.subList(1, READS.size())) {
            others.put(language, new Reading(places.forLanguage(language), DateResolver.forLanguage(language),
                    EventExtractor.forLanguage(language)));
        }
    }

    /** The same pipeline with another time limit per article. */
    public Pipeline withTimeLimit(Duration limit) {
        return new Pipeline(cleaner, analyzer, places, dates, extractor, judge, limit, languages); // one detection model, loaded once
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
     * The events of one article. A text that nests or lists too deeply for the rules' recursion, or that takes longer
     * than the time limit, fails alone, with an {@link ExtractionException} naming the article, and leaves the
     * pipeline usable for the next one.
     */
    public ArticleResult process(Article raw) {
        try (TimeBudget.Scope budget = TimeBudget.open(timeLimit)) {
            return extract(raw);
        } catch (StackOverflowError e) {
            throw new ExtractionException(raw.id(), "its text nests or lists too deeply to read (stack overflow)", e);
        } catch (TimeBudget.Spent e) {
            throw new ExtractionException(raw.id(), "it " + e.getMessage() + " to read, the limit per article; skipped", e);
        }
    }

    private ArticleResult extract(Article raw) {
        Article cleaned = cleaner.clean(raw);
        Article article = cleaned.withLanguage(languages.identify(cleaned.language(), cleaned.text()));
        List<String> warnings = new ArrayList<>();
        if (!READS.contains(article.language())) {
            warnings.add("language '" + article.language() + "' is not one sitrep reads yet (it reads " + String.join(", ", READS)
                    + "): no events");
            return new ArticleResult(article, List.of(), warnings);
        }
        String text = article.text();
        int read = readUpTo(text);
        if (read < text.length()) {
            warnings.add("text is " + text.length() + " characters: read up to " + read + " (the first " + READ_CHARS
                    + " at most, cut at a sentence's end); the rest is kept but not read");
        }
        List<Sentence> sentences = analyzer.sentences(read < text.length() ? text.substring(0, read) : text);
        Reading reading = others.getOrDefault(article.language(), new Reading(places, dates, extractor));
        List<PlaceMention> found = reading.places().find(sentences);
        List<DateMention> times = reading.dates().find(sentences, article.published());
        if (article.published() == null) {
            warnings.add("published date unknown: relative dates left unresolved");
        }
        List<Event> events = reading.extractor().extract(new AnalyzedArticle(article, sentences, found, times,
                DateResolver.storyDay(sentences, times, article.published())));
        return new ArticleResult(article, reading.extractor() == extractor ? judge.judge(article, events) : events, warnings); // the model learnt English
    }

    /** Where reading stops: the whole text when it is short enough, else the end of the last sentence, line or word in reach. */
    static int readUpTo(String text) {
        if (text.length() <= READ_CHARS) {
            return text.length();
        }
        int half = READ_CHARS / 2;
        for (int i = READ_CHARS; i > half; i--) {
            char c = text.charAt(i - 1);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        for (int i = READ_CHARS; i > half; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return READ_CHARS;
    }
}

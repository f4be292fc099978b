package org.sitrep.extract;

import java.util.List;
import java.util.function.Predicate;
import org.sitrep.model.AnalyzedArticle;
import org.sitrep.model.Event;

/** Turns an analysed article into events: one attack per distinct place and date, and political events. */
public interface EventExtractor {

    List<Event> extract(AnalyzedArticle article);

    /** Words that name parties rather than places ("Hamas"), for the place finder to pass over. */
    Predicate<String> nonStateActors();

    /** The rule-based extractor configured by the bundled lexicons. */
    static EventExtractor rules() {
        return new RuleEventExtractor();
    }

    /** The rules for text in {@code language}: Ukrainian and Russian have their own, any other language English's. */
    static EventExtractor forLanguage(String language) {
        return switch (language) {
            case "uk", "ru" -> new CyrillicEventExtractor(language);
            default -> rules();
        };
    }
}

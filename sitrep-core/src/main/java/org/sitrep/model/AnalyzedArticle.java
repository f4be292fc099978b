package org.sitrep.model;

import java.util.List;

/**
 * An article after the nlp, geo and time stages: its sentences with the places and dates found in them, and the
 * last day its story tells of (the publication day, or an earlier week's last day for a look back; null if unknown).
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<PlaceMention> places, List<DateMention> dates,
                              java.time.LocalDate storyDay) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
    }
}

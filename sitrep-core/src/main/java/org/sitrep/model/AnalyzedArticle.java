package org.sitrep.model;

import java.util.List;

/** An article after the nlp, geo and time stages: its sentences with the places and dates found in them. */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<PlaceMention> places, List<DateMention> dates) {

    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
    }
}

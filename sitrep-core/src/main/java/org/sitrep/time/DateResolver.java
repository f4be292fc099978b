package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.DateMention;
import org.sitrep.model.Sentence;

/**
 * Finds the time expressions of a sentence ("late Sunday", "on 17 August", "overnight", "last week")
 * and resolves them against the publication date, toward the past as news is written.
 */
public interface DateResolver {

    /**
     * @param published the article's publication date, or null: then only expressions that carry
     *                  their own year resolve, the rest keep their words with precision unknown
     */
    List<DateMention> find(Sentence sentence, LocalDate published);

    /** The time expressions of a whole article, in text order, each read in the light of the others. */
    default List<DateMention> find(List<Sentence> sentences, LocalDate published) {
        List<DateMention> out = new java.util.ArrayList<>();
        for (Sentence s : sentences) {
            org.sitrep.limit.TimeBudget.check();
            out.addAll(find(s, published));
        }
        return out;
    }

    /**
     * The last day the story of an article tells of: its publication day, or, for a look back at an earlier week
     * ("Thursday" and "Friday" before "Saturday 10 May" in an article of 18 May), that week's last day named;
     * {@code mentions} as {@link #find(List, LocalDate)} gave them.
     */
    static LocalDate storyDay(List<Sentence> sentences, List<DateMention> mentions, LocalDate published) {
        LocalDate lookBack = StoryWeek.lastDay(mentions, sentences, published);
        return lookBack != null ? lookBack : published;
    }

    static DateResolver english() {
        return new NewsDateResolver();
    }

    /** The resolver for text in {@code language}: Ukrainian and Russian have their own words, any other English's. */
    static DateResolver forLanguage(String language) {
        return switch (language) {
            case "uk", "ru" -> new CyrillicDateResolver(language);
            default -> english();
        };
    }
}

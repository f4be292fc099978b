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

    static DateResolver english() {
        return new NewsDateResolver();
    }
}

package org.sitrep.clean;

import org.sitrep.lexicon.Resources;
import org.sitrep.model.Article;

/** Turns an article's body into clean text: page furniture and stock lead-ins dropped, metadata they carried kept. */
public interface Cleaner {

    Article clean(Article article);

    /** The cleaner configured by the bundled boilerplate and lead-in lists. */
    static Cleaner standard() {
        return new BoilerplateCleaner(Resources.lines("/org/sitrep/clean/boilerplate.txt"),
                Resources.lines("/org/sitrep/clean/lead-ins.txt"), Resources.lines("/org/sitrep/clean/stamp-lines.txt"));
    }
}

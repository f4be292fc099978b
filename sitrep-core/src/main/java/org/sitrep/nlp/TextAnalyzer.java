package org.sitrep.nlp;

import java.util.List;
import org.sitrep.model.Sentence;

/** Splits cleaned text into sentences and tokens, and tags the few sentences that later stages look at closely. */
public interface TextAnalyzer {

    /** Sentences of the text, paragraph by paragraph (paragraphs are separated by blank lines). */
    List<Sentence> sentences(String text);

    /** Lower-case lemmas of a sentence's tokens, one per token; costlier than {@link #sentences}. */
    List<String> lemmas(Sentence sentence);

    /** The OpenNLP English models published on Maven Central; fails at once when one is missing. */
    static TextAnalyzer english() {
        return new OpenNlpAnalyzer();
    }
}

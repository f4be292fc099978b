package org.sitrep.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * OpenNLP sentence detector, tokenizer, POS tagger and lemmatizer (UD English EWT models, 1.3.0).
 * Every sentence gets OpenNLP's rule-based {@link SimpleTokenizer} tokens: the statistical tokenizer
 * took three quarters of the run time and the later stages only need word boundaries. The statistical
 * tokenizer, tagger and lemmatizer run in {@link #lemmas} on the few sentences a stage looks at closely.
 * Models are shared; the ME wrappers are not thread-safe, so each thread gets its own.
 */
final class OpenNlpAnalyzer implements TextAnalyzer {

    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    /** Punctuation the tokenizer model sometimes leaves on a word at sentence end ("Kyiv."); split off unless an abbreviation. */
    private static final String TRAILING = ".,;:!?\"”’)";
    /** The most characters read as one sentence, and given to the sentence model at once: far above any real one. */
    private static final int LONGEST_SENTENCE = 1_500, LONGEST_SLICE = 20_000;
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;
    private final ThreadLocal<LemmatizerME> lemmatizer;

    OpenNlpAnalyzer() {
        SentenceModel sm = load(SENTENCE, SentenceModel::new);
        TokenizerModel tm = load(TOKENS, TokenizerModel::new);
        POSModel pm = load(POS, POSModel::new);
        LemmatizerModel lm = load(LEMMAS, LemmatizerModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sm));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tm));
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(pm));
        lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lm));
    }

    @Override
    public List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int pos = 0;
        while (pos < text.length()) {
            int next = text.indexOf("\n\n", pos);
            int end = next < 0 ? text.length() : next;
            if (end > pos) {
                for (int slice = pos, sliceEnd; slice < end; slice = sliceEnd) {
                    sliceEnd = cut(text, slice, end, LONGEST_SLICE);
                    org.sitrep.limit.TimeBudget.check();
                    for (Span s : sentences.get().sentPosDetect(text.substring(slice, sliceEnd))) {
                        for (int start = slice + s.getStart(), stop; start < slice + s.getEnd(); start = stop) {
                            stop = cut(text, start, slice + s.getEnd(), LONGEST_SENTENCE);
                            String st = text.substring(start, stop);
                            out.add(new Sentence(out.size(), paragraph, start, stop, st, tokens(SimpleTokenizer.INSTANCE.tokenizePos(st), st, start)));
                        }
                    }
                }
                paragraph++;
            }
            pos = end;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }
        return out;
    }

    /**
     * The end of a piece of {@code text} from {@code from} of at most {@code longest} characters, at the last space
     * before that length (a hard cut where there is none): the models and the rules take time that grows faster than
     * the length of what they read, so a paragraph or sentence without end is read in pieces.
     */
    private static int cut(String text, int from, int end, int longest) {
        if (end - from <= longest) {
            return end;
        }
        int limit = from + longest;
        for (int i = limit; i > from + longest / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }

    private static List<Token> tokens(Span[] spans, String sentence, int offset) {
        List<Token> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            String t = sentence.substring(s.getStart(), s.getEnd());
            int start = offset + s.getStart();
            if (t.length() > 1 && TRAILING.indexOf(t.charAt(t.length() - 1)) >= 0 && (t.indexOf('.') < 0 || t.indexOf('.') == t.length() - 1)) {
                out.add(new Token(t.substring(0, t.length() - 1), start, start + t.length() - 1));
                out.add(new Token(t.substring(t.length() - 1), start + t.length() - 1, start + t.length()));
            } else {
                out.add(new Token(t, start, start + t.length()));
            }
        }
        return out;
    }

    @Override
    public List<String> lemmas(Sentence sentence) {
        String[] words = tokens(tokenizer.get().tokenizePos(sentence.text()), sentence.text(), sentence.start()).stream()
                .map(Token::text).toArray(String[]::new);
        String[] tags = tagger.get().tag(words);
        String[] lemmas = lemmatizer.get().lemmatize(words, tags);
        List<String> out = new ArrayList<>(lemmas.length);
        for (int i = 0; i < lemmas.length; i++) {
            String l = lemmas[i];
            out.add((l == null || l.equals("O") || l.equals("_") ? words[i] : l).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private interface ModelLoader<M> {
        M load(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelLoader<M> loader) {
        try (InputStream in = OpenNlpAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath; "
                        + "is the opennlp-models-*-en dependency missing?");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}

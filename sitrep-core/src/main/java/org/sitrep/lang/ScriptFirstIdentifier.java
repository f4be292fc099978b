package org.sitrep.lang;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The alphabet first, then the model: text whose letters are mostly Latin is English (the language sitrep reads, and
 * the one the model is least needed for); other text goes to the language detection model, which takes a second to
 * load and so is loaded only when such text comes. The same text always gets the same answer.
 */
final class ScriptFirstIdentifier implements LanguageIdentifier {

    private static final String MODEL = "/langdetect-183.bin";
    /** ISO 639-3 codes of the model to ISO 639-1, for the languages a report of war is likely to be in. */
    private static final Map<String, String> SHORT = Map.ofEntries(Map.entry("eng", "en"), Map.entry("ukr", "uk"),
            Map.entry("rus", "ru"), Map.entry("ara", "ar"), Map.entry("heb", "he"), Map.entry("fas", "fa"), Map.entry("pes", "fa"),
            Map.entry("bel", "be"), Map.entry("bul", "bg"), Map.entry("srp", "sr"), Map.entry("mkd", "mk"), Map.entry("kaz", "kk"),
            Map.entry("urd", "ur"), Map.entry("hin", "hi"), Map.entry("ell", "el"), Map.entry("zho", "zh"), Map.entry("cmn", "zh"),
            Map.entry("kat", "ka"), Map.entry("hye", "hy"), Map.entry("amh", "am"));
    private static final int SAMPLE = 4000;
    private volatile LanguageDetectorME detector;

    @Override
    public String identify(String declared, String text) {
        if (declared != null && !declared.isBlank() && !declared.equalsIgnoreCase("en")) {
            return declared.strip().toLowerCase(Locale.ROOT);
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (mostlyLatin(sample)) {
            return "en";
        }
        LanguageDetectorME d = detector();
        String code;
        synchronized (d) { // the detector keeps state while it predicts
            code = d.predictLanguage(sample).getLang();
        }
        return SHORT.getOrDefault(code, code);
    }

    /** Whether at least half the letters are Latin (a text with no letters counts as Latin). */
    static boolean mostlyLatin(String text) {
        int letters = 0, latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        return letters == 0 || latin * 2 >= letters;
    }

    private LanguageDetectorME detector() {
        LanguageDetectorME d = detector;
        if (d == null) {
            synchronized (this) {
                if (detector == null) {
                    try (InputStream in = ScriptFirstIdentifier.class.getResourceAsStream(MODEL)) {
                        if (in == null) {
                            throw new IllegalStateException("the language detection model " + MODEL + " is missing from the classpath "
                                    + "(org.apache.opennlp:opennlp-models-langdetect)");
                        }
                        detector = new LanguageDetectorME(new LanguageDetectorModel(new BufferedInputStream(in)));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the language detection model " + MODEL, e);
                    }
                }
                d = detector;
            }
        }
        return d;
    }
}

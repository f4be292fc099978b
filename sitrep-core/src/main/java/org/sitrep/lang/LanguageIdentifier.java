package org.sitrep.lang;

/** Tells which language an article is written in, as an ISO 639-1 code where there is one ("en", "uk", "ru"). */
public interface LanguageIdentifier {

    /**
     * The language of a text whose article declares {@code declared} (null or the default "en" when it does not say):
     * a declared language other than English is taken as given.
     */
    String identify(String declared, String text);

    /**
     * Text mostly in the Latin alphabet is read as English without a model; any other text is identified by
     * OpenNLP's language detection model (opennlp-models-langdetect, Apache-2.0), loaded the first time it is needed.
     */
    static LanguageIdentifier standard() {
        return new ScriptFirstIdentifier();
    }
}

package org.sitrep.lexicon;

/** Ukrainian writes its apostrophe three ways ("п’ять", "пʼять", "п'ять"); the word lists use the plain one. */
public final class Apostrophes {

    private Apostrophes() {
    }

    /** The text with every apostrophe as {@code '}: the same length, so offsets into it hold for the original. */
    public static String plain(String text) {
        return text.replace('’', '\'').replace('ʼ', '\'').replace('`', '\'');
    }
}

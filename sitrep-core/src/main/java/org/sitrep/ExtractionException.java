package org.sitrep;

/** One article could not be extracted; the message names the article and says why. Other articles are not affected. */
public class ExtractionException extends RuntimeException {

    private final String articleId;

    public ExtractionException(String articleId, String reason, Throwable cause) {
        super("article " + articleId + ": " + reason, cause);
        this.articleId = articleId;
    }

    public String articleId() {
        return articleId;
    }
}

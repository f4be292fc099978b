package org.sitrep.ingest;

/** Reads the articles in one input of a known format. */
public interface ArticleReader {

    /**
     * @param name   the file name or "-" for standard input, used in error messages
     * @param id     the article id to use when the input itself gives none
     * @param content the decoded text of the input
     */
    ReadResult read(String name, String id, String content);
}

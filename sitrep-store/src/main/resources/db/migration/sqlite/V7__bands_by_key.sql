-- Band keys in one B-tree: a WITHOUT ROWID table keyed (band_key, article_id) is its own lookup index, so storing an
-- article writes each band once, not into a table and two indexes. An article's bands are deleted (when a new
-- version replaces it) by the keys of its stored signature, so no index by article is needed, nor the cascade.
CREATE TABLE article_bands_by_key (
    band_key   INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO article_bands_by_key (band_key, article_id) SELECT band_key, article_id FROM article_bands;
DROP TABLE article_bands;
ALTER TABLE article_bands_by_key RENAME TO article_bands;

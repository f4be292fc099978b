-- Band keys keyed (band_key, article_id): the primary key is the lookup index, so storing an article writes each
-- band into one index, not two. An article's bands are deleted (when a new version replaces it) by the keys of its
-- stored signature, so no index by article is needed, nor the cascade.
CREATE TABLE article_bands_by_key (
    band_key   BIGINT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band_key, article_id)
);
INSERT INTO article_bands_by_key (band_key, article_id) SELECT DISTINCT band_key, article_id FROM article_bands;
DROP TABLE article_bands;
ALTER TABLE article_bands_by_key RENAME TO article_bands;

-- Syndicated copies: articles under one canonical URL are versions of one page; articles whose texts are
-- near-duplicates (MinHash) share a story, and their events are reports of the same events.
ALTER TABLE articles ADD COLUMN canonical_url TEXT;
ALTER TABLE articles ADD COLUMN story_id TEXT;
ALTER TABLE articles ADD COLUMN minhash BLOB;
UPDATE articles SET canonical_url = url, story_id = id;
CREATE INDEX articles_canonical ON articles (canonical_url);
CREATE INDEX articles_story ON articles (story_id);

CREATE TABLE article_bands (
    band_key   INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX article_bands_key ON article_bands (band_key, article_id);
CREATE INDEX article_bands_article ON article_bands (article_id);

-- Feeds followed by `sitrep watch`: validators for conditional GETs, errors, when to poll next, and the
-- entries already taken, so a restart goes on where it stopped.
CREATE TABLE feeds (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    last_polled   TEXT,
    next_poll     TEXT,
    last_status   TEXT,
    errors        INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT,
    entries       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_entries (
    feed_url   TEXT NOT NULL REFERENCES feeds (url) ON DELETE CASCADE,
    entry_key  TEXT NOT NULL,
    article_id TEXT,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (feed_url, entry_key)
);

-- Articles as read, reports (one article's account of one event) and events (the merged view).
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    url          TEXT,
    title        TEXT,
    published    TEXT,
    category     TEXT,
    author       TEXT,
    language     TEXT,
    text         TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX articles_url ON articles (url);
CREATE INDEX articles_fts ON articles USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text));

CREATE TABLE events (
    seq           BIGSERIAL PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    category      TEXT NOT NULL,
    date_start    TEXT,
    date_end      TEXT,
    country_code  TEXT,
    admin1        TEXT,
    location_name TEXT,
    level         TEXT,
    lat           DOUBLE PRECISION,
    lon           DOUBLE PRECISION,
    acled_type    TEXT,
    acled_subtype TEXT,
    initiator     TEXT,
    weapons       TEXT,
    targets       TEXT,
    killed        INTEGER,
    injured       INTEGER,
    report_count  INTEGER NOT NULL,
    json          TEXT NOT NULL
);
CREATE INDEX events_date ON events (date_start, date_end);
CREATE INDEX events_place ON events (country_code, admin1);
CREATE INDEX events_latlon ON events (lat, lon);

CREATE TABLE reports (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL,
    seq        BIGINT NOT NULL,
    published  TEXT,
    json       TEXT NOT NULL
);
CREATE INDEX reports_event ON reports (event_id);
CREATE INDEX reports_article ON reports (article_id);

CREATE TABLE sources (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    name      TEXT NOT NULL,
    PRIMARY KEY (report_id, name)
);

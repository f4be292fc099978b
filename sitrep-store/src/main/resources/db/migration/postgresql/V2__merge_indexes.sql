-- Indexes for ingest at volume: the next report sequence number, and merge candidates by country and date.
CREATE INDEX reports_seq ON reports (seq);
CREATE INDEX events_country_date ON events (country_code, date_start);

-- Merge candidates by a narrow window: an event of a day or two can only overlap a report's days (give or take one)
-- if it began at most two days before, so only the few events that last longer are looked up a month back. The
-- flag and the index make that two short index ranges per report, however many events the country has; the index
-- holds the columns the candidates are narrowed by, so only the few that pass are read from the table.
ALTER TABLE events ADD COLUMN long_event INTEGER NOT NULL DEFAULT 0;
UPDATE events SET long_event = 1 WHERE date_end::date - date_start::date > 1;
CREATE INDEX events_merge ON events (country_code, long_event, date_start, date_end, category, level, admin1, lat, lon);
DROP INDEX events_country_date;

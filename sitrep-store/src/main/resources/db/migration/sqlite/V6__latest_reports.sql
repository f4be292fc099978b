-- An event's latest reports in order, and its first publication day, read from the index without sorting or reading
-- all of its reports: the re-merge reads a bounded number.
CREATE INDEX reports_event_seq ON reports (event_id, seq, published);
DROP INDEX reports_event;

-- The timeline groups events per day by country and date range; this index answers it without reading the rows.
CREATE INDEX events_timeline ON events (country_code, date_start, date_end, killed, injured);

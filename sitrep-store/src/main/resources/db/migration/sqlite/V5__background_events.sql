-- How many days after an event its first report was published: an event told long after it happened (an attack
-- years before, recalled as background) is kept apart from the news of the day.
ALTER TABLE events ADD COLUMN reported_after_days INTEGER;
UPDATE events SET reported_after_days = CAST(julianday((SELECT MIN(r.published) FROM reports r WHERE r.event_id = events.id))
    - julianday(date_end) AS INTEGER) WHERE date_end IS NOT NULL;

-- How many days after an event its first report was published: an event told long after it happened (an attack
-- years before, recalled as background) is kept apart from the news of the day.
ALTER TABLE events ADD COLUMN reported_after_days INTEGER;
UPDATE events e SET reported_after_days = (SELECT MIN(r.published) FROM reports r WHERE r.event_id = e.id)::date - e.date_end::date
    WHERE e.date_end IS NOT NULL;

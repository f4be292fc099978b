package org.sitrep.watch;

/** What one round of polls did: feeds polled, answered 304, failed; new entries, articles stored, events created. */
public record PollSummary(int feeds, int notModified, int failed, int newEntries, int articles, int events) {

    static final PollSummary NONE = new PollSummary(0, 0, 0, 0, 0, 0);

    PollSummary plus(PollSummary o) {
        return new PollSummary(feeds + o.feeds, notModified + o.notModified, failed + o.failed,
                newEntries + o.newEntries, articles + o.articles, events + o.events);
    }

    @Override
    public String toString() {
        return String.format("%d feeds polled (%d not modified, %d failed); %d new entries, %d articles stored, %d events created",
                feeds, notModified, failed, newEntries, articles, events);
    }
}

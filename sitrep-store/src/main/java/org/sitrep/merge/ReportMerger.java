package org.sitrep.merge;

import java.util.List;
import org.sitrep.model.Event;

/** Decides which reports tell of the same attack, and combines them into one event. */
public interface ReportMerger {

    /** True when two reports from different articles describe the same attack. */
    boolean sameAttack(Report a, Report b);

    /**
     * True when two events read from copies of one story (a wire text printed by several outlets) are the same
     * event told twice: same category, PLOVER type, place and date. Unlike {@link #sameAttack} it holds for
     * political events and for events without a place or date too.
     */
    boolean sameInCopies(Event a, Event b);

    /**
     * One event from its reports. Counts: best is the best figure of the most recent report that gives one (by
     * publication day; within a day, a report that tells the toll rose or was revised, else the one stored later),
     * low the lowest and high the highest best figure of all reports.
     */
    Event combine(String eventId, List<Report> reports);

    static ReportMerger standard() {
        return new RuleMerger();
    }
}

package org.sitrep.merge;

import java.util.List;
import org.sitrep.model.Event;

/** Decides which reports tell of the same attack, and combines them into one event. */
public interface ReportMerger {

    /** True when two reports from different articles describe the same attack. */
    boolean sameAttack(Report a, Report b);

    /**
     * One event from its reports. Counts: best is the best figure of the most recent report that gives one,
     * low the lowest and high the highest best figure of all reports.
     */
    Event combine(String eventId, List<Report> reports);

    static ReportMerger standard() {
        return new RuleMerger();
    }
}

package org.sitrep.cli;

/**
 * Progress of a batch on standard error: on a terminal a bar redrawn in place (inputs done of all, articles/s,
 * time left; for one archive read in batches, its bytes read, records/s and time left); otherwise a plain line
 * at every tenth of 100 inputs or more, or every 1,000 articles, so logs stay short.
 */
final class Progress {

    private static final int WIDTH = 30;
    private final String label;
    private final int total;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int lastTenth = -1;
    private int inputs;
    private String lastSource;
    private int lastThousand;
    private long records;
    private double done = Double.NaN;

    /** @param total the number of inputs (files), 0 when unknown (standard input); one input shows articles only */
    Progress(String label, int total) {
        this.label = label;
        this.total = total;
    }

    /** Counts a batch's records and the input it came from; batches of one large file count once. */
    void batch(org.sitrep.ingest.ReadResult batch) {
        if (!batch.source().equals(lastSource)) {
            inputs++;
            lastSource = batch.source();
        }
        records += batch.records();
        done = batch.done();
    }

    /** Reports the articles done so far, over the inputs counted by {@link #batchFrom}. */
    void step(int articles) {
        step(inputs, articles);
    }

    private void step(int inputsDone, int articles) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds > 0 ? articles / seconds : 0;
        if (terminal) {
            System.err.print("\r\033[K" + line(inputsDone, articles, rate, seconds));
        } else if (total >= 100 && inputsDone * 10 / total != lastTenth) {
            lastTenth = inputsDone * 10 / total;
            System.err.println(line(inputsDone, articles, rate, seconds));
        } else if (articles / 1000 > lastThousand) {
            lastThousand = articles / 1000;
            System.err.println(line(inputsDone, articles, rate, seconds));
        }
    }

    private String line(int done, int articles, double rate, double seconds) {
        if (total <= 1 && !Double.isNaN(this.done)) {
            return String.format("%s %s %d%%, %d records, %.1f records/s, %d articles, %s left", label, bar(this.done),
                    Math.round(this.done * 100), records, seconds > 0 ? records / seconds : 0, articles,
                    time(this.done == 0 ? 0 : seconds * (1 - this.done) / this.done));
        }
        if (total <= 1) {
            return String.format("%s: %d articles, %.1f articles/s", label, articles, rate);
        }
        double left = done == 0 ? 0 : seconds * (total - done) / done;
        return String.format("%s %s %d/%d inputs, %d articles, %.1f articles/s, %s left", label, bar((double) done / total),
                done, total, articles, rate, time(left));
    }

    private static String bar(double share) {
        int filled = (int) Math.round(WIDTH * Math.max(0, Math.min(1.0, share)));
        return "[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "]";
    }

    private static String time(double seconds) {
        return seconds >= 60 ? (int) (seconds / 60) + "m" + (int) (seconds % 60) + "s" : (int) seconds + "s";
    }

    void clearLine() {
        if (terminal) {
            System.err.print("\r\033[K");
        }
    }
}

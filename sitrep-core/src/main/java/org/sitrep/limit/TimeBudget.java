package org.sitrep.limit;

import java.time.Duration;

/**
 * The time the article being read on this thread may still take. The pipeline opens a budget for each article and
 * the stages check it once per slice or sentence, so that no text, however strange, holds a thread for longer than
 * its budget: past it, {@link #check()} throws {@link Spent} and the article fails alone.
 */
public final class TimeBudget {

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private TimeBudget() {
    }

    /** Thrown by {@link #check()} once the budget is spent. */
    public static final class Spent extends RuntimeException {
        private Spent(Duration budget) {
            super("took longer than " + budget.toMillis() / 1000.0 + " s", null, false, false);
        }
    }

    /** An open budget; closing it restores the one before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Opens a budget on this thread; close it when the article is done. */
    public static Scope open(Duration budget) {
        long[] previous = DEADLINE.get();
        DEADLINE.set(new long[] {System.nanoTime() + budget.toNanos(), budget.toMillis()});
        return () -> {
            if (previous == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(previous);
            }
        };
    }

    /** Throws {@link Spent} when this thread's budget is spent; free without one. */
    public static void check() {
        long[] d = DEADLINE.get();
        if (d != null && System.nanoTime() - d[0] > 0) {
            throw new Spent(Duration.ofMillis(d[1]));
        }
    }
}

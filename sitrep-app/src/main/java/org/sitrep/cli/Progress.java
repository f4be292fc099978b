package org.sitrep.cli;

/** A one-line progress counter on the terminal's standard error; silent when stderr is not a terminal. */
final class Progress {

    private final String label;
    private final boolean on = System.console() != null;
    private final long started = System.nanoTime();

    Progress(String label) {
        this.label = label;
    }

    void step(int done) {
        if (on) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.err.printf("\r%s: %d articles, %.1f/s", label, done, seconds > 0 ? done / seconds : 0.0);
        }
    }

    void clearLine() {
        if (on) {
            System.err.print("\r\033[K");
        }
    }
}

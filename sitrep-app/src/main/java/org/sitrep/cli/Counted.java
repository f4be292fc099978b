package org.sitrep.cli;

/** A count with its noun in the right number: "1 copy", "2 copies", "0 events". */
final class Counted {

    private Counted() {
    }

    static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}

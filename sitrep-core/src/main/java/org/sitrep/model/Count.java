package org.sitrep.model;

/**
 * A casualty figure read as low, best and high, each null where the words leave it open
 * ("at least 11" is 11, 11, null). See shared/spec/counting.md.
 */
public record Count(Integer low, Integer best, Integer high) {

    public static final Count ZERO = exactly(0);

    public Count {
        if (low != null && low < 0 || best != null && best < 0 || high != null && high < 0) {
            throw new IllegalArgumentException("count is negative: " + low + "/" + best + "/" + high);
        }
        if (low != null && high != null && low > high) {
            throw new IllegalArgumentException("count low " + low + " is above high " + high);
        }
    }

    public static Count exactly(int n) {
        return new Count(n, n, n);
    }

    public static Count atLeast(int n) {
        return new Count(n, n, null);
    }

    public static Count upTo(int n) {
        return new Count(null, n, n);
    }

    public static Count between(int low, int high) {
        return new Count(low, low, high);
    }

    /** Two tolls of different victims together ("three women and two children"); a bound either leaves open stays open. */
    public Count plus(Count other) {
        return new Count(low == null || other.low == null ? null : low + other.low,
                best == null || other.best == null ? null : best + other.best,
                high == null || other.high == null ? null : high + other.high);
    }

    /** The reading of a toll said to be at least this count, e.g. a total that includes it. */
    public Count raisedTo(Count other) {
        return other.best() != null && (best == null || other.best() > best) ? other : this;
    }
}

package org.mingyuan.platform.ledger.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive recording orders, {@code first} to {@code last} inclusive.
 *
 * <p>Deleting queued entries by the runs of the ones read, rather than by one range from the lowest to the highest,
 * leaves alone an entry in a gap that committed after the read.
 */
record SeqRange(long first, long last) {

    /** Returns the fewest runs that cover exactly the given recording orders, which must be ascending. */
    static List<SeqRange> covering(long[] ascending) {
        List<SeqRange> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ascending.length; i++) {
            if (i == ascending.length || ascending[i] != ascending[i - 1] + 1) {
                runs.add(new SeqRange(ascending[start], ascending[i - 1]));
                start = i;
            }
        }
        return runs;
    }
}

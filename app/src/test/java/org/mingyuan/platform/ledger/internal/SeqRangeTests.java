package org.mingyuan.platform.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Queue rows are deleted by runs that cover exactly the appended entries and no gap between them. */
class SeqRangeTests {

    @Test
    void runsCoverTheGivenOrdersAndNoGap() {
        assertThat(SeqRange.covering(new long[] {4, 5, 6, 9, 11, 12}))
                .containsExactly(new SeqRange(4, 6), new SeqRange(9, 9), new SeqRange(11, 12));
        assertThat(SeqRange.covering(new long[] {7})).containsExactly(new SeqRange(7, 7));
        assertThat(SeqRange.covering(new long[] {})).isEmpty();
    }
}

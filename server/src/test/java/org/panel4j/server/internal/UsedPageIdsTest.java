package org.panel4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A page id is spent once; ids are forgotten only after their token expired, and a full set refuses. */
class UsedPageIdsTest {

    @Test
    void anIdIsSpentOnce_untilGivenBack() {
        var used = new UsedPageIds(10);
        assertThat(used.claim("a", 100, 0)).isEqualTo(UsedPageIds.Claim.CLAIMED);
        assertThat(used.claim("a", 100, 50)).isEqualTo(UsedPageIds.Claim.USED);
        used.release("a");
        assertThat(used.claim("a", 100, 60)).isEqualTo(UsedPageIds.Claim.CLAIMED);
    }

    @Test
    void whenFull_unexpiredIdsAreKept_andANewOneIsRefused_untilTheyExpire() {
        var used = new UsedPageIds(2);
        used.claim("late", 500, 0); // claimed first, expires last: it must not hide the expired one behind it
        used.claim("early", 100, 0);
        assertThat(used.claim("c", 600, 50)).isEqualTo(UsedPageIds.Claim.FULL);
        assertThat(used.claim("late", 500, 50)).as("still remembered").isEqualTo(UsedPageIds.Claim.USED);

        assertThat(used.claim("c", 600, 101)).as("'early' expired").isEqualTo(UsedPageIds.Claim.CLAIMED);
        assertThat(used.claim("late", 500, 101)).isEqualTo(UsedPageIds.Claim.USED);
        assertThat(used.claim("d", 700, 501)).isEqualTo(UsedPageIds.Claim.CLAIMED);
        assertThat(used.size()).isEqualTo(2);
    }
}

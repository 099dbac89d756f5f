package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grouped split keeps every group's rows on one side, holds out the share of each stratum, and is repeatable. */
class GroupedSplitTest {
    @Test
    void aGroupsRowsNeverCrossTheSplit() {
        List<String> groups = new ArrayList<>();
        int[] labels = new int[400];
        for (int i = 0; i < 400; i++) {
            int account = i / 4; // 100 accounts, 4 rows each
            groups.add("account-" + account);
            labels[i] = account % 5 == 0 && i % 4 == 3 ? 1 : 0; // 20 accounts with one positive row
        }
        int[][] split = LeadTrainer.groupedSplit(groups, labels, 0.2, 42);
        Set<String> training = new HashSet<>();
        Set<String> heldOut = new HashSet<>();
        for (int i : split[0]) {
            training.add(groups.get(i));
        }
        for (int i : split[1]) {
            heldOut.add(groups.get(i));
        }
        assertTrue(java.util.Collections.disjoint(training, heldOut));
        assertEquals(400, split[0].length + split[1].length);
        assertEquals(20, heldOut.size(), "20% of the accounts");
        assertEquals(4, heldOut.stream().filter(g -> Integer.parseInt(g.substring(8)) % 5 == 0).count(),
                "20% of the accounts with a positive row");
        assertArrayEquals(split[1], LeadTrainer.groupedSplit(groups, labels, 0.2, 42)[1], "same seed, same split");
    }
}

package com.nexuscrm.ui.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.campaign.OptimisationReport;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.DimensionReport;
import com.nexuscrm.ui.common.Formats;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Optimisation tab's summary names a best arm only on enough touches: a few lucky ones are "too early to call". */
class CampaignOptimisationSummaryTest {
    private final Formats formats = new Formats(Locale.UK, ZoneOffset.UTC);

    @Test
    void aLeaderOnAFewTouchesIsNotCalledBestAndOneOnManyIsWithItsUplift() {
        OptimisationReport.Section hours = new OptimisationReport.Section("Send time (local hour)", new DimensionReport(
                Dimension.SEND_TIME, List.of(new ArmReport("Sat 15:00", 0.30, 0.05, 0.60, 3, 1),
                new ArmReport("Tue 10:00", 0.04, 0.02, 0.07, 120, 5)), 0, 5.82));
        OptimisationReport.Section variants = new OptimisationReport.Section("Step 1 variant", new DimensionReport(
                Dimension.VARIANT, List.of(new ArmReport("A", 0.04, 0.01, 0.09, 70, 3),
                new ArmReport("B", 0.11, 0.06, 0.17, 80, 9)), 1, 0.43));

        assertEquals("Best so far, with its uplift over an even split · Send time (local hour): too early to call (Sat 15:00"
                + " leads on 3 touches) · Step 1 variant: B (80 touches, +43%)",
                CampaignOptimisationViewModel.summary(List.of(hours, variants), formats));
        assertEquals(CampaignOptimisationViewModel.EMPTY, CampaignOptimisationViewModel.summary(List.of(), formats));
    }
}

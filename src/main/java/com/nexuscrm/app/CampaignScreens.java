package com.nexuscrm.app;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.ui.campaigns.CampaignDetailViewModel;
import com.nexuscrm.ui.campaigns.CampaignEnrolmentsView;
import com.nexuscrm.ui.campaigns.CampaignRepliesView;
import com.nexuscrm.ui.campaigns.CampaignRepliesViewModel;
import com.nexuscrm.ui.campaigns.CampaignStepsView;
import com.nexuscrm.ui.campaigns.CampaignsView;
import com.nexuscrm.ui.campaigns.CampaignsViewModel;
import com.nexuscrm.ui.campaigns.StepEditorView;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.CampaignReplies;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.EditCampaignStep;
import com.nexuscrm.usecase.Workspace;
import java.time.Clock;

/**
 * The wiring of the Campaigns screen, kept out of {@link RecordViewFactories}: the screen's model over the campaign
 * engine's stores of the open workspace, and its nested views (steps and results, step editor, enrolments, replies), each
 * built for the model it is loaded with. Recipients without a known zone fall back to this computer's zone.
 */
final class CampaignScreens {
    private CampaignScreens() { }

    static ScreenTable addTo(ScreenTable table, ScreenWiring w) {
        return table
                .put(CampaignsView.class, () -> view(w))
                .put(CampaignStepsView.class, CampaignDetailViewModel.class, CampaignStepsView::new)
                .put(StepEditorView.class, CampaignsViewModel.class, StepEditorView::new)
                .put(CampaignEnrolmentsView.class, CampaignDetailViewModel.class, CampaignEnrolmentsView::new)
                .put(CampaignRepliesView.class, CampaignRepliesViewModel.class, CampaignRepliesView::new);
    }

    private static CampaignsView view(ScreenWiring w) {
        Formats formats = Formats.user();
        Workspace workspace = Workspace.over(w.requireSession().store());
        CampaignPorts ports = workspace.campaigns(Clock.systemUTC(), formats.zone());
        return new CampaignsView(new CampaignsViewModel(new CampaignResults(ports), new EditCampaignStep(ports),
                CampaignReplies.over(workspace, ports, Clock.systemUTC()), formats,
                w.tasks()), w.views());
    }
}

package com.nexuscrm.app;

import com.nexuscrm.app.adapters.SavedFilterAudiences;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.ui.campaigns.CampaignDetailViewModel;
import com.nexuscrm.ui.campaigns.CampaignEnrolmentsView;
import com.nexuscrm.ui.campaigns.CampaignOptimisationView;
import com.nexuscrm.ui.campaigns.CampaignOptimisationViewModel;
import com.nexuscrm.ui.campaigns.CampaignRepliesView;
import com.nexuscrm.ui.campaigns.CampaignRepliesViewModel;
import com.nexuscrm.ui.campaigns.CampaignStepsView;
import com.nexuscrm.ui.campaigns.CampaignsView;
import com.nexuscrm.ui.campaigns.CampaignsViewModel;
import com.nexuscrm.ui.campaigns.EnrolPeopleViewModel;
import com.nexuscrm.ui.campaigns.StepEditorView;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.CampaignReplies;
import com.nexuscrm.usecase.CampaignResults;
import com.nexuscrm.usecase.CreateCampaign;
import com.nexuscrm.usecase.EditCampaignStep;
import com.nexuscrm.usecase.EnrolInCampaign;
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
                .put(CampaignRepliesView.class, CampaignRepliesViewModel.class, CampaignRepliesView::new)
                .put(CampaignOptimisationView.class, CampaignOptimisationViewModel.class, CampaignOptimisationView::new);
    }

    private static CampaignsView view(ScreenWiring w) {
        Formats formats = Formats.user();
        WorkspaceSession session = w.requireSession();
        Workspace workspace = Workspace.over(session.store());
        CampaignPorts ports = workspace.campaigns(Clock.systemUTC(), formats.zone());
        return new CampaignsView(new CampaignsViewModel(new CampaignResults(ports), new EditCampaignStep(ports),
                CampaignReplies.over(workspace, ports, Clock.systemUTC()), new CreateCampaign(ports, audiences(session)),
                formats, w.tasks()), w.views());
    }

    /** "Enrol in campaign" for a list's selected people. */
    static EnrolPeopleViewModel enrolPeople(ScreenWiring w) {
        Formats formats = Formats.user();
        CampaignPorts ports = Workspace.over(w.requireSession().store()).campaigns(Clock.systemUTC(), formats.zone());
        return new EnrolPeopleViewModel(new EnrolInCampaign(ports, Clock.systemUTC()), w.tasks(), w.dialogs(), formats);
    }

    /** The leads list's saved filters and the contacts list's saved views, as campaign audiences. */
    static SavedFilterAudiences audiences(WorkspaceSession session) {
        return SavedFilterAudiences.over(session.store().meta(), () -> session.currentUser().getId());
    }
}

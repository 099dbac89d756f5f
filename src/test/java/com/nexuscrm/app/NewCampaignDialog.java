package com.nexuscrm.app;

import com.nexuscrm.ui.campaigns.CampaignRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.testfx.api.FxRobot;

/** The screen tests' way into "New campaign…": the sample workspace made, the Campaigns screen open, the dialog up. */
final class NewCampaignDialog {
    private NewCampaignDialog() { }

    /** Creates the sample workspace with {@code passphrase}, opens Campaigns (the sample's two plans listed) and New campaign…. */
    @SuppressWarnings("unchecked")
    static TableView<CampaignRow> open(FxRobot robot, String passphrase) throws Exception {
        ScreenWindow.create(robot, "#choice-sample", passphrase);
        UiWait.until(120, () -> !robot.lookup("#nav-campaigns").query().isDisabled());
        robot.clickOn("#nav-campaigns");
        TableView<CampaignRow> list = robot.lookup("#campaigns-table").queryAs(TableView.class);
        UiWait.until(() -> list.getItems().size() == 2);
        robot.clickOn("#campaigns-new");
        UiWait.until(() -> robot.lookup("#new-campaign-sender").tryQuery() // the sample's sender is suggested
                .map(n -> !((TextField) n).getText().isBlank()).orElse(false));
        return list;
    }
}

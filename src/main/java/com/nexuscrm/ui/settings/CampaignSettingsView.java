package com.nexuscrm.ui.settings;

import com.nexuscrm.campaign.email.MailSecurity;
import com.nexuscrm.ui.common.Labels;
import com.nexuscrm.ui.common.ScreenLifecycle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Settings ▸ Campaigns (see {@link CampaignSettingsViewModel}). */
public final class CampaignSettingsView {
    private final CampaignSettingsViewModel model;
    @FXML private VBox root;
    @FXML private CheckBox sendFromWorkstation;
    @FXML private CheckBox actOnReplies;
    @FXML private CheckBox optimise;
    @FXML private TextField explorationFloor;
    @FXML private TextField dailyLimit;
    @FXML private TextField smtpHost;
    @FXML private TextField smtpPort;
    @FXML private ComboBox<MailSecurity> smtpSecurity;
    @FXML private TextField smtpUser;
    @FXML private TextField smtpPassword;
    @FXML private TextField fromAddress;
    @FXML private TextField unsubscribeUrl;
    @FXML private TextField imapHost;
    @FXML private TextField imapPort;
    @FXML private ComboBox<MailSecurity> imapSecurity;
    @FXML private TextField imapUser;
    @FXML private TextField imapPassword;
    @FXML private TextField imapFolder;
    @FXML private TextField smsUrl;
    @FXML private TextField smsAccount;
    @FXML private TextField smsToken;
    @FXML private TextField smsSender;
    @FXML private Button save;
    @FXML private Label smtpTest;
    @FXML private Label imapTest;
    @FXML private Label status;
    @FXML private Label error;
    @FXML private Label notice;

    public CampaignSettingsView(CampaignSettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        sendFromWorkstation.selectedProperty().bindBidirectional(model.sendFromWorkstation);
        actOnReplies.selectedProperty().bindBidirectional(model.actOnReplies);
        optimise.selectedProperty().bindBidirectional(model.optimise);
        bind(explorationFloor, model.explorationFloor);
        explorationFloor.disableProperty().bind(model.optimise.not());
        bind(dailyLimit, model.dailyLimit);
        bind(smtpHost, model.smtpHost);
        bind(smtpPort, model.smtpPort);
        security(smtpSecurity, model.smtpSecurity);
        bind(smtpUser, model.smtpUser);
        bind(smtpPassword, model.smtpPassword);
        bind(fromAddress, model.fromAddress);
        bind(unsubscribeUrl, model.unsubscribeUrl);
        bind(imapHost, model.imapHost);
        bind(imapPort, model.imapPort);
        security(imapSecurity, model.imapSecurity);
        bind(imapUser, model.imapUser);
        bind(imapPassword, model.imapPassword);
        bind(imapFolder, model.imapFolder);
        bind(smsUrl, model.smsUrl);
        bind(smsAccount, model.smsAccount);
        bind(smsToken, model.smsToken);
        bind(smsSender, model.smsSender);
        save.disableProperty().bind(model.busyProperty());
        Labels.showWhenSet(smtpTest, model.smtpTestProperty());
        Labels.showWhenSet(imapTest, model.imapTestProperty());
        Labels.showWhenSet(status, model.statusProperty());
        Labels.showWhenSet(error, model.errorProperty());
        Labels.showWhenSet(notice, model.noticeProperty());
        ScreenLifecycle.whileShown(root, model);
        model.load();
    }

    private static void bind(TextField field, StringProperty value) {
        field.textProperty().bindBidirectional(value);
    }

    private static void security(ComboBox<MailSecurity> box, ObjectProperty<MailSecurity> value) {
        box.setItems(FXCollections.observableArrayList(MailSecurity.values()));
        box.setConverter(Labels.converter(MailSecurity::label, ""));
        box.valueProperty().bindBidirectional(value);
    }

    @FXML private void onSave() { model.save(); }
    @FXML private void onTestSmtp() { model.testSmtp(); }
    @FXML private void onTestImap() { model.testImap(); }
}

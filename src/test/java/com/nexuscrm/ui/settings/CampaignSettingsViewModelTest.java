package com.nexuscrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.CampaignScheduler;
import com.nexuscrm.usecase.CampaignSending;
import com.nexuscrm.usecase.CampaignSendingSettings;
import com.nexuscrm.usecase.Workspace;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings ▸ Campaigns over a real encrypted workspace, run synchronously: each bad field is named, nothing half saved. */
class CampaignSettingsViewModelTest {
    @TempDir Path dir;
    private WorkspaceStore store;
    private CampaignSending sending;
    private CampaignScheduler scheduler;
    private CampaignSettingsViewModel model;

    @BeforeEach
    void open() {
        store = WorkspaceStore.create(dir.resolve("ws"), "settings test passphrase".toCharArray());
        sending = new CampaignSending(Workspace.over(store));
        scheduler = new CampaignScheduler(Workspace.over(store), new MutableClock(Instant.parse("2026-12-07T09:00:00Z")),
                ZoneOffset.UTC, Runnable::run);
        model = new CampaignSettingsViewModel(sending, scheduler, new DirectTaskExecutor(), new Formats(Locale.UK, ZoneOffset.UTC));
        model.load();
    }

    @AfterEach
    void close() {
        scheduler.close();
        store.close();
    }

    private void typeEmail() {
        model.smtpHost.set("smtp.example.com");
        model.smtpUser.set("campaigns@example.com");
        model.smtpPassword.set("secret");
        model.fromAddress.set("campaigns@example.com");
        model.unsubscribeUrl.set("https://example.com/unsubscribe");
    }

    @Test
    void aBadPortIsRefusedNamingTheFieldAndNothingIsSaved() {
        assertEquals("587", model.smtpPort.get());
        assertEquals("200", model.dailyLimit.get());
        typeEmail();
        model.smtpPort.set("70000");
        model.save();
        assertEquals("SMTP port: must be from 1 to 65535, not 70000.", model.errorProperty().get());
        model.smtpPort.set("smtp");
        model.imapPort.set("");
        model.save();
        assertEquals("SMTP port: must be a whole number from 1 to 65535, not 'smtp'.\n"
                + "IMAP port: must be a whole number from 1 to 65535, not ''.", model.errorProperty().get());
        assertEquals(CampaignSendingSettings.NONE, sending.load(), "nothing saved");
        assertEquals("", model.noticeProperty().get());
    }

    @Test
    void eachWrongFieldIsNamedAndTheSwitchNeedsAChannel() {
        model.sendFromWorkstation.set(true);
        model.dailyLimit.set("0");
        model.save();
        assertEquals("Daily limit per sender: must be from 1 to 10000 touches a day, not 0.\n"
                + "Send campaign touches from this workstation: set up the SMTP server or the SMS gateway first; there is"
                + " nothing to send with.", model.errorProperty().get());
        model.dailyLimit.set("50");
        typeEmail();
        model.fromAddress.set("campaigns");
        model.smsUrl.set("https://api.twilio.com/2010-04-01");
        model.smsAccount.set("AC123");
        model.smsToken.set("token");
        model.smsSender.set("555");
        model.save();
        String error = model.errorProperty().get();
        assertTrue(error.startsWith("From address: 'campaigns' is not an email address"), error);
        assertTrue(error.contains("\nSMS sender number"), error);
        assertEquals(CampaignSendingSettings.NONE, sending.load());
    }

    @Test
    void goodSettingsAreSavedInTheWorkspaceAndReadBack() {
        typeEmail();
        model.sendFromWorkstation.set(true);
        model.dailyLimit.set("75");
        model.save();
        assertEquals("", model.errorProperty().get());
        assertTrue(model.noticeProperty().get().startsWith("Saved. This workstation sends"));
        CampaignSettingsViewModel again = new CampaignSettingsViewModel(sending, scheduler, new DirectTaskExecutor(),
                new Formats(Locale.UK, ZoneOffset.UTC));
        again.load();
        assertEquals("secret", again.smtpPassword.get());
        assertEquals("75", again.dailyLimit.get());
        assertTrue(again.sendFromWorkstation.get());
    }

    @Test
    void testingAnUnreachableSmtpServerNamesHostAndPortAndWhatToCheck() throws Exception {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        typeEmail();
        model.smtpHost.set("127.0.0.1");
        model.smtpPort.set(Integer.toString(closed));
        model.testSmtp();
        String said = model.smtpTestProperty().get();
        assertTrue(said.startsWith("Cannot reach the SMTP server 127.0.0.1:" + closed), said);
        assertTrue(said.contains("check SMTP host and SMTP port"), said);
    }

    @Test
    void theStatusSaysWhySendingIsOffWhileShown() {
        model.activate();
        assertEquals("Not run yet since the workspace opened.", model.statusProperty().get());
        scheduler.runNow();
        assertEquals("Off: this workstation sends no campaign touches.", model.statusProperty().get());
        model.deactivate();
    }
}

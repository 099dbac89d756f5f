package com.nexuscrm.ui.settings;

import com.nexuscrm.campaign.email.MailSecurity;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.ui.common.Activatable;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CampaignScheduler;
import com.nexuscrm.usecase.CampaignSending;
import com.nexuscrm.usecase.CampaignSendingSettings;
import com.nexuscrm.usecase.CampaignSendingSettings.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings ▸ Campaigns: the SMTP server and campaign mailbox, the IMAP mailbox replies are read from, the SMS gateway,
 * the daily limit per sender and the switch that lets this workstation send; "Test connection" for SMTP and IMAP off
 * the FX thread; and, while shown, the scheduler's last run. Every field is checked before anything is saved, with a
 * message naming it.
 */
public final class CampaignSettingsViewModel implements Activatable {
    private final CampaignSending sending;
    private final CampaignScheduler scheduler;
    private final TaskExecutor tasks;
    private final Formats formats;
    final StringProperty smtpHost = new SimpleStringProperty("");
    final StringProperty smtpPort = new SimpleStringProperty("");
    final ObjectProperty<MailSecurity> smtpSecurity = new SimpleObjectProperty<>(MailSecurity.STARTTLS);
    final StringProperty smtpUser = new SimpleStringProperty("");
    final StringProperty smtpPassword = new SimpleStringProperty("");
    final StringProperty fromAddress = new SimpleStringProperty("");
    final StringProperty unsubscribeUrl = new SimpleStringProperty("");
    final StringProperty imapHost = new SimpleStringProperty("");
    final StringProperty imapPort = new SimpleStringProperty("");
    final ObjectProperty<MailSecurity> imapSecurity = new SimpleObjectProperty<>(MailSecurity.TLS);
    final StringProperty imapUser = new SimpleStringProperty("");
    final StringProperty imapPassword = new SimpleStringProperty("");
    final StringProperty imapFolder = new SimpleStringProperty("");
    final StringProperty smsUrl = new SimpleStringProperty("");
    final StringProperty smsAccount = new SimpleStringProperty("");
    final StringProperty smsToken = new SimpleStringProperty("");
    final StringProperty smsSender = new SimpleStringProperty("");
    final StringProperty dailyLimit = new SimpleStringProperty("");
    final BooleanProperty sendFromWorkstation = new SimpleBooleanProperty();
    /** Do the next best action after a reply at once (off: recommend it only). */
    final BooleanProperty actOnReplies = new SimpleBooleanProperty();
    /** Learn the best send time, channel and variant (Thompson sampling), with the exploration floor in per cent. */
    final BooleanProperty optimise = new SimpleBooleanProperty();
    final StringProperty explorationFloor = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper smtpTest = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper imapTest = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Runnable unsubscribe = () -> { };

    public CampaignSettingsViewModel(CampaignSending sending, CampaignScheduler scheduler, TaskExecutor tasks,
                                     Formats formats) {
        this.sending = sending;
        this.scheduler = scheduler;
        this.tasks = tasks;
        this.formats = formats;
    }

    public void load() {
        busy.set(true);
        tasks.run("Loading campaign settings", p -> new Loaded(sending.load(), sending.optimisation()), loaded -> {
            busy.set(false);
            show(loaded.settings());
            showOptimisation(loaded.optimisation());
        }, e -> {
            busy.set(false);
            show(CampaignSendingSettings.NONE);
            showOptimisation(OptimisationSettings.uniform());
            error.set(e.getMessage());
        });
    }

    private record Loaded(CampaignSendingSettings settings, OptimisationSettings optimisation) { }

    private void showOptimisation(OptimisationSettings o) {
        optimise.set(o.enabled());
        explorationFloor.set(java.math.BigDecimal.valueOf(Math.round(o.explorationFloor() * 1000) / 10.0)
                .stripTrailingZeros().toPlainString());
    }

    /** The exploration floor as a share, or NaN with the error added (not a number, or outside 0-50 %). */
    double floor(List<FieldError> errors) {
        String t = explorationFloor.get() == null ? "" : explorationFloor.get().strip().replace("%", "").strip();
        try {
            double percent = Double.parseDouble(t);
            if (percent >= 0 && percent <= CampaignSending.MAX_FLOOR * 100) {
                return percent / 100;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new FieldError("Exploration floor", "must be a per cent from 0 to 50 (the share of touches still chosen"
                + " at random), not '" + t + "'."));
        return Double.NaN;
    }

    private void show(CampaignSendingSettings s) {
        sendFromWorkstation.set(s.sendFromWorkstation());
        actOnReplies.set(s.actOnReplies());
        dailyLimit.set(Integer.toString(s.dailyLimit()));
        showServer(s.smtp(), smtpHost, smtpPort, smtpSecurity, smtpUser, smtpPassword);
        fromAddress.set(s.fromAddress());
        unsubscribeUrl.set(s.unsubscribeUrl());
        showServer(s.imap(), imapHost, imapPort, imapSecurity, imapUser, imapPassword);
        imapFolder.set(s.imapFolder());
        smsUrl.set(s.sms().baseUrl());
        smsAccount.set(s.sms().accountId());
        smsToken.set(s.sms().authToken());
        smsSender.set(s.sms().senderNumber());
    }

    private static void showServer(Server s, StringProperty host, StringProperty port, ObjectProperty<MailSecurity> security,
                                   StringProperty user, StringProperty password) {
        host.set(s.host());
        port.set(Integer.toString(s.port()));
        security.set(s.security());
        user.set(s.user());
        password.set(s.password());
    }

    /** The fields as settings; a field that is not a whole number is added to {@code errors}, naming it. */
    CampaignSendingSettings typed(List<FieldError> errors) {
        return new CampaignSendingSettings(sendFromWorkstation.get(), number("Daily limit per sender", dailyLimit, errors),
                new Server(smtpHost.get(), number("SMTP port", smtpPort, errors), smtpSecurity.get(), smtpUser.get(),
                        smtpPassword.get()), fromAddress.get(), unsubscribeUrl.get(),
                new Server(imapHost.get(), number("IMAP port", imapPort, errors), imapSecurity.get(), imapUser.get(),
                        imapPassword.get()), imapFolder.get(),
                new CampaignSendingSettings.Sms(smsUrl.get(), smsAccount.get(), smsToken.get(), smsSender.get()),
                actOnReplies.get());
    }

    private static int number(String field, StringProperty text, List<FieldError> errors) {
        String t = text.get() == null ? "" : text.get().strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a whole number" + (field.endsWith("port") ? " from 1 to 65535" : "")
                    + ", not '" + t + "'."));
            return 0;
        }
    }

    /** Checks every field, then saves; the scheduler picks the new settings up at its next tick. */
    public void save() {
        notice.set("");
        List<FieldError> errors = new ArrayList<>();
        CampaignSendingSettings settings = typed(errors);
        double floor = floor(errors);
        boolean learn = optimise.get();
        if (!errors.isEmpty()) {
            error.set(lines(errors));
            return;
        }
        error.set("");
        busy.set(true);
        tasks.run("Saving campaign settings", p -> {
            CampaignSendingSettings done = sending.save(settings);
            sending.optimise(learn, floor);
            return done;
        }, saved -> {
            busy.set(false);
            notice.set(saved.sendFromWorkstation()
                    ? "Saved. This workstation sends due campaign touches every minute while no team server is connected."
                    : "Saved. This workstation sends no campaign touches until you turn sending on.");
        }, e -> {
            busy.set(false);
            error.set(e instanceof ValidationException v ? lines(v.errors()) : e.getMessage());
        });
    }

    public void testSmtp() {
        test(smtpTest, "Testing the SMTP server", sending::testSmtp);
    }

    public void testImap() {
        test(imapTest, "Testing the IMAP server", sending::testImap);
    }

    private void test(ReadOnlyStringWrapper result, String title, Function<CampaignSendingSettings, String> check) {
        List<FieldError> errors = new ArrayList<>();
        CampaignSendingSettings settings = typed(errors);
        if (!errors.isEmpty()) {
            result.set(lines(errors));
            return;
        }
        result.set("Testing…");
        tasks.run(title, p -> check.apply(settings), result::set,
                e -> result.set(e instanceof ValidationException v ? lines(v.errors()) : e.getMessage()));
    }

    private static String lines(List<FieldError> errors) {
        return errors.stream().map(FieldError::toString).collect(Collectors.joining("\n"));
    }

    @Override
    public void activate() {
        unsubscribe.run();
        unsubscribe = scheduler.subscribe(s -> status.set(describe(s)));
    }

    @Override
    public void deactivate() {
        unsubscribe.run();
        unsubscribe = () -> { };
    }

    /** The scheduler's last tick in words. */
    String describe(CampaignScheduler.Status s) {
        String state = switch (s.state()) {
            case NOT_RUN -> "Not run yet since the workspace opened.";
            case OFF -> "Off: this workstation sends no campaign touches.";
            case TEAM_SERVER -> "Not sending: this workspace is connected to a team server, which will send campaign touches.";
            case RAN -> "Sending from this workstation.";
            case FAILED -> "Sending from this workstation, with a problem.";
        };
        if (s.lastRun() == null) {
            return state;
        }
        String run = "Last run " + formats.dayTime(s.lastRun().atZone(formats.zone())) + ": sent " + s.report().sent()
                + ", failed " + s.report().failed() + ", pending " + s.pending() + ", mail read " + s.mailRead() + ".";
        return state + "\n" + run + (s.lastError() == null ? "" : "\nLast error: " + s.lastError());
    }

    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty smtpTestProperty() { return smtpTest.getReadOnlyProperty(); }
    public ReadOnlyStringProperty imapTestProperty() { return imapTest.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}

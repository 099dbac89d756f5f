package com.nexuscrm.usecase;

import com.nexuscrm.campaign.email.EmailSettings;
import com.nexuscrm.campaign.email.MailSecurity;
import com.nexuscrm.campaign.sms.SmsSettings;
import com.nexuscrm.domain.FieldError;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings ▸ Campaigns as the workspace keeps them: whether this workstation sends campaign touches, the daily limit
 * per sender, the SMTP server with the campaign mailbox's address (bounces and unsubscribe mail come back to it) and
 * the one-click unsubscribe URL, the IMAP mailbox replies are read from (user and password default to SMTP's), and
 * the SMS gateway. Email is set up when the SMTP host is filled in, replies when the IMAP host is, texts when the
 * gateway URL is. {@code actOnReplies}: do the next best action after a reply at once (off: only recommend it, a
 * person clicks "Do it"). {@link #problems()} names each wrong field. Passwords and the token stay out of {@link #toString()}.
 */
public record CampaignSendingSettings(boolean sendFromWorkstation, int dailyLimit, Server smtp, String fromAddress,
                                      String unsubscribeUrl, Server imap, String imapFolder, Sms sms, boolean actOnReplies) {
    /** How long one SMTP, IMAP or gateway exchange may take. */
    static final int TIMEOUT_MILLIS = 15_000;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]-]+");

    /** A mail server as typed: host, port, protection, login. */
    public record Server(String host, int port, MailSecurity security, String user, String password) {
        public Server {
            host = clean(host);
            security = security == null ? MailSecurity.NONE : security;
            user = clean(user);
            password = password == null ? "" : password;
        }

        @Override
        public String toString() {
            return host + ":" + port + " (" + security.label() + (user.isEmpty() ? "" : ", user " + user) + ")";
        }
    }

    /** A Twilio-style SMS gateway as typed. */
    public record Sms(String baseUrl, String accountId, String authToken, String senderNumber) {
        public Sms {
            baseUrl = clean(baseUrl);
            accountId = clean(accountId);
            authToken = authToken == null ? "" : authToken.strip();
            senderNumber = clean(senderNumber);
        }

        @Override
        public String toString() {
            return baseUrl.isEmpty() ? "no SMS gateway" : baseUrl + " (account " + accountId + ", from " + senderNumber + ")";
        }
    }

    /** Nothing set up and nothing sent: what a workspace has until Settings ▸ Campaigns is saved. */
    public static final CampaignSendingSettings NONE = new CampaignSendingSettings(false, 200,
            new Server("", 587, MailSecurity.STARTTLS, "", ""), "", "", new Server("", 993, MailSecurity.TLS, "", ""),
            "INBOX", new Sms("", "", "", ""), false);

    public CampaignSendingSettings {
        smtp = smtp == null ? NONE.smtp : smtp;
        imap = imap == null ? NONE.imap : imap;
        sms = sms == null ? NONE.sms : sms;
        fromAddress = clean(fromAddress);
        unsubscribeUrl = clean(unsubscribeUrl);
        imapFolder = clean(imapFolder).isEmpty() ? "INBOX" : clean(imapFolder);
    }

    public boolean emailSetUp() { return !smtp.host().isEmpty(); }

    public boolean repliesSetUp() { return emailSetUp() && !imap.host().isEmpty(); }

    public boolean smsSetUp() { return !sms.baseUrl().isEmpty(); }

    /** The same settings with the switch turned on or off. */
    public CampaignSendingSettings withSending(boolean on) {
        return new CampaignSendingSettings(on, dailyLimit, smtp, fromAddress, unsubscribeUrl, imap, imapFolder, sms, actOnReplies);
    }

    /** The same settings acting on replies by themselves, or only recommending. */
    public CampaignSendingSettings withActOnReplies(boolean on) {
        return new CampaignSendingSettings(sendFromWorkstation, dailyLimit, smtp, fromAddress, unsubscribeUrl, imap, imapFolder,
                sms, on);
    }

    /** Every wrong field, each named as the settings section names it; empty when the settings can be saved. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (dailyLimit < 1 || dailyLimit > 10_000) {
            errors.add(new FieldError("Daily limit per sender", "must be from 1 to 10000 touches a day, not " + dailyLimit + "."));
        }
        errors.addAll(smtpProblems());
        errors.addAll(imapProblems());
        errors.addAll(smsProblems());
        if (sendFromWorkstation && !emailSetUp() && !smsSetUp()) {
            errors.add(new FieldError("Send campaign touches from this workstation",
                    "set up the SMTP server or the SMS gateway first; there is nothing to send with."));
        }
        return errors;
    }

    /** The SMTP fields' problems alone (what "Test connection" needs). */
    public List<FieldError> smtpProblems() {
        List<FieldError> errors = new ArrayList<>();
        if (!emailSetUp()) {
            if (!fromAddress.isEmpty() || !smtp.user().isEmpty() || !unsubscribeUrl.isEmpty() || !imap.host().isEmpty()) {
                errors.add(new FieldError("SMTP host", "is empty: campaign email needs the SMTP server's name, e.g."
                        + " smtp.example.com (or clear the other email fields)."));
            }
            return errors;
        }
        server("SMTP", smtp, errors);
        if (!ADDRESS.matcher(fromAddress).matches()) {
            errors.add(new FieldError("From address", fromAddress.isEmpty() ? "is empty: type the campaign mailbox's address,"
                    + " e.g. campaigns@example.com." : "'" + fromAddress + "' is not an email address like campaigns@example.com."));
        }
        url("Unsubscribe URL", unsubscribeUrl, "the page that unsubscribes a recipient, e.g."
                + " https://example.com/unsubscribe (the touch id is added to it)").ifPresent(errors::add);
        return errors;
    }

    /** The IMAP fields' problems alone. */
    public List<FieldError> imapProblems() {
        List<FieldError> errors = new ArrayList<>();
        if (!imap.host().isEmpty()) {
            server("IMAP", imapLogin(), errors);
            if (imapLogin().user().isEmpty()) {
                errors.add(new FieldError("IMAP user", "is empty: type the mailbox's user name (or the SMTP user's)."));
            }
        }
        return errors;
    }

    private List<FieldError> smsProblems() {
        if (!smsSetUp()) {
            return sms.accountId().isEmpty() && sms.authToken().isEmpty() && sms.senderNumber().isEmpty() ? List.of()
                    : List.of(new FieldError("SMS gateway URL", "is empty: type the gateway's base URL, e.g."
                    + " https://api.twilio.com/2010-04-01 (or clear the other SMS fields)."));
        }
        try {
            smsSettings();
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(named(e.getMessage(), "SMS gateway URL", "SMS account id", "SMS auth token", "SMS sender number"));
        }
    }

    private static void server(String kind, Server server, List<FieldError> errors) {
        if (!HOST.matcher(server.host()).matches()) {
            errors.add(new FieldError(kind + " host", "'" + server.host() + "' is not a host name: type only the name,"
                    + " e.g. " + kind.toLowerCase() + ".example.com, without spaces or https://."));
        }
        if (server.port() < 1 || server.port() > 65535) {
            errors.add(new FieldError(kind + " port", "must be from 1 to 65535, not " + server.port() + "."));
        }
        if (!server.user().isEmpty() && server.password().isEmpty()) {
            errors.add(new FieldError(kind + " password", "is empty: type the password of " + server.user()
                    + (kind.equals("SMTP") ? ", or clear SMTP user if the server takes mail without a login." : ".")));
        }
    }

    private static Optional<FieldError> url(String field, String value, String what) {
        try {
            URI uri = new URI(value);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // said below
        }
        return Optional.of(new FieldError(field, (value.isEmpty() ? "is empty" : "'" + value + "' is not a web address")
                + ": type " + what + "."));
    }

    /** A channel's own message, which starts with the setting's name, as a field error of that name. */
    private static FieldError named(String message, String... fields) {
        for (String field : fields) {
            if (message.startsWith(field + " ")) {
                return new FieldError(field, message.substring(field.length() + 1));
            }
        }
        return new FieldError("SMS gateway", message);
    }

    /** The IMAP server with the SMTP login where its own is left empty. */
    Server imapLogin() {
        boolean own = !imap.user().isEmpty();
        return new Server(imap.host(), imap.port(), imap.security(), own ? imap.user() : smtp.user(),
                own ? imap.password() : smtp.password());
    }

    /** Campaign email as the channel takes it, when set up; throws as {@link EmailSettings} does. */
    Optional<EmailSettings> email() {
        if (!emailSetUp()) {
            return Optional.empty();
        }
        Server in = imapLogin();
        EmailSettings.MailServer out = new EmailSettings.MailServer(smtp.host(), smtp.port(), smtp.security(),
                smtp.user().isEmpty() ? null : smtp.user(), smtp.password());
        EmailSettings.MailServer read = in.host().isEmpty() ? null : new EmailSettings.MailServer(in.host(), in.port(),
                in.security(), in.user(), in.password());
        return Optional.of(new EmailSettings(out, read, imapFolder, fromAddress, fromAddress, unsubscribeUrl, TIMEOUT_MILLIS));
    }

    /** The SMS gateway as the channel takes it, when set up; throws as {@link SmsSettings} does. */
    Optional<SmsSettings> smsSettings() {
        return smsSetUp() ? Optional.of(SmsSettings.of(sms.baseUrl(), sms.accountId(), sms.authToken(), sms.senderNumber()))
                : Optional.empty();
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}

package com.nexuscrm.campaign.sms;

import com.nexuscrm.domain.campaign.E164Numbers;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Where campaign texts go: a Twilio-style REST gateway's base URL (e.g. {@code https://api.twilio.com/2010-04-01}),
 * the account id and auth token it checks with HTTP Basic, the sender number in E.164 form, and how long one request
 * may take (connecting and answering). Each value is checked here, with a message naming the setting.
 */
public record SmsSettings(URI baseUrl, String accountId, String authToken, String fromNumber, Duration timeout) {
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SmsSettings {
        if (baseUrl == null || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))) {
            throw new IllegalArgumentException("SMS gateway URL '" + baseUrl + "' must be an http or https URL with a host,"
                    + " e.g. https://api.twilio.com/2010-04-01.");
        }
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("SMS account id '" + accountId + "' must be 1 to 64 letters, digits, '-' or '_'"
                    + " (the gateway's account SID, e.g. AC0123...).");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("SMS auth token is empty: copy it from the gateway's console.");
        }
        String given = fromNumber;
        fromNumber = E164Numbers.normalise(given).orElseThrow(() -> new IllegalArgumentException(
                E164Numbers.problem("SMS sender number", given).orElseThrow() + "."));
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("SMS gateway timeout must be positive, not " + timeout + ".");
        }
    }

    /** The gateway's settings with a 10-second timeout. */
    public static SmsSettings of(String baseUrl, String accountId, String authToken, String fromNumber) {
        URI uri;
        try {
            uri = new URI(baseUrl == null ? "" : baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("SMS gateway URL '" + baseUrl + "' is not a URL: " + e.getReason() + ".", e);
        }
        return new SmsSettings(uri, accountId, authToken, fromNumber, Duration.ofSeconds(10));
    }

    /** Where messages are posted: {@code {base}/Accounts/{account}/Messages.json}. */
    public URI messagesUri() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "Accounts/" + accountId + "/Messages.json");
    }

    /** Credentials stay out of logs and exception messages. */
    @Override
    public String toString() {
        return "SmsSettings[" + baseUrl + ", account " + accountId + ", from " + fromNumber + ", timeout " + timeout + "]";
    }
}

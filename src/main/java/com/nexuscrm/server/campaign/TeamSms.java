package com.nexuscrm.server.campaign;

import com.nexuscrm.campaign.sms.SmsSettings;
import com.nexuscrm.domain.campaign.E164Numbers;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A team's SMS gateway as {@code PUT /campaigns/settings} takes it ({@code "sms": {...}}, optional): the Twilio-style
 * gateway's base URL, account id, auth token (also the key the gateway signs inbound webhook calls with) and sender
 * number. {@link #problems()} names each wrong field as the request names it; the token never leaves the server again.
 */
public record TeamSms(String baseUrl, String accountId, String authToken, String senderNumber) {
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Every wrong field ("sms.baseUrl: ..."), empty when the gateway can be used. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String url = baseUrl == null ? "" : baseUrl.strip();
        URI uri = null;
        try {
            uri = url.isEmpty() ? null : new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            problems.add("sms.baseUrl: the gateway's http(s) base URL is needed, e.g. https://api.twilio.com/2010-04-01,"
                    + " not '" + url + "'");
        }
        if (accountId == null || !ACCOUNT.matcher(accountId.strip()).matches()) {
            problems.add("sms.accountId: 1 to 64 letters, digits, '-' or '_' (the gateway's account SID, e.g. AC0123...),"
                    + " not '" + accountId + "'");
        }
        if (authToken == null || authToken.isBlank()) {
            problems.add("sms.authToken: is empty; copy it from the gateway's console (it also checks inbound webhook calls)");
        } else if (authToken.strip().length() > 200) {
            problems.add("sms.authToken: at most 200 characters");
        }
        E164Numbers.problem("sms.senderNumber", senderNumber).ifPresent(p -> problems.add(p.replaceFirst(
                "^sms\\.senderNumber ", "sms.senderNumber: ")));
        return problems;
    }

    /** The channel's settings; only for settings without {@link #problems()}. */
    public SmsSettings settings() {
        return SmsSettings.of(baseUrl, accountId.strip(), authToken.strip(), senderNumber);
    }

    /** The token stays out of logs. */
    @Override
    public String toString() {
        return "TeamSms[" + baseUrl + ", account " + accountId + ", from " + senderNumber + "]";
    }
}

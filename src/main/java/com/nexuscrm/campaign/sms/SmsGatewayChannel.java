package com.nexuscrm.campaign.sms;

import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.OutboundMessage;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.E164Numbers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Campaign texts through a Twilio-style REST gateway: one form-encoded POST of {@code To}, {@code From} and
 * {@code Body} to {@code {base}/Accounts/{account}/Messages.json} with HTTP Basic credentials and the touch id as
 * {@code Idempotency-Key}, so a retry after a lost answer is not a second text at a gateway that honours the key.
 * Before anything is sent, a number that is not E.164 or a body over {@value #MAX_BODY} characters is refused for good.
 * The answer decides the rest ({@link GatewayAnswer}): 2xx sent (the gateway's message sid goes to the receipt
 * listener), 429, 5xx, a wrong login or no connection transient, any other 4xx permanent with the gateway's message.
 */
public final class SmsGatewayChannel implements OutboundChannel {
    /** The most characters one campaign text may have, as Twilio's own limit (ten concatenated segments). */
    public static final int MAX_BODY = 1600;
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SmsGatewayChannel.class);

    private final SmsSettings settings;
    private final HttpClient http;
    private final Consumer<SmsReceipt> receipts;

    /** A channel that hands each accepted text's receipt (touch id, gateway sid) to {@code receipts}. */
    public SmsGatewayChannel(SmsSettings settings, Consumer<SmsReceipt> receipts) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public SmsGatewayChannel(SmsSettings settings) {
        this(settings, receipt -> { });
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public void send(OutboundMessage message) throws SendFailure {
        SmsReceipt receipt = submit(message);
        try {
            receipts.accept(receipt);
        } catch (RuntimeException e) {
            // The text is out: a listener's fault must not make the runner treat it as unsent.
            LOG.warn("The receipt listener failed for touch {} (gateway sid {})", receipt.touchId(), receipt.sid(), e);
        }
    }

    /** Sends one text and returns what the gateway said about it; throws as {@link #send} does. */
    public SmsReceipt submit(OutboundMessage message) throws SendFailure {
        String to = E164Numbers.normalise(message.to()).orElseThrow(() -> SendFailure.permanent("Not sent: the recipient's "
                + E164Numbers.problem("Phone", message.to()).orElseThrow() + ".", null));
        String body = message.body() == null ? "" : message.body();
        if (body.isBlank()) {
            throw SendFailure.permanent("Not sent: the text to " + to + " is empty after its merge fields were filled.", null);
        }
        if (body.length() > MAX_BODY) {
            throw SendFailure.permanent("Not sent: the text to " + to + " has " + body.length() + " characters after its merge"
                    + " fields were filled; a text is at most " + MAX_BODY + ". Shorten the step's message or its merge fields.", null);
        }
        HttpRequest request = HttpRequest.newBuilder(settings.messagesUri()).timeout(settings.timeout())
                .header("Authorization", basicAuth())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", message.touchId().toString())
                .POST(HttpRequest.BodyPublishers.ofString(form(to, settings.fromNumber(), body), StandardCharsets.UTF_8))
                .build();
        GatewayAnswer answer = exchange(request, to);
        return answer.receipt(message.touchId(), to);
    }

    private GatewayAnswer exchange(HttpRequest request, String to) throws SendFailure {
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream in = response.body()) {
                bytes = in.readNBytes(MAX_ANSWER_BYTES);
            }
            return new GatewayAnswer(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), to);
        } catch (IOException e) {
            throw SendFailure.transientFailure("The SMS gateway at " + settings.baseUrl() + " could not be reached ("
                    + describe(e) + "); the text to " + to + " is tried again later.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SendFailure.transientFailure("Sending the text to " + to + " was interrupted; it is tried again later.", e);
        }
    }

    private String basicAuth() {
        String pair = settings.accountId() + ":" + settings.authToken();
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    static String form(String to, String from, String body) {
        return "To=" + encode(to) + "&From=" + encode(from) + "&Body=" + encode(body);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }
}

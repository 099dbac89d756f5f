package com.nexuscrm.campaign.sms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.json.Json;
import java.util.UUID;

/**
 * One answer of the SMS gateway, read as the campaign engine needs it. 2xx: accepted, with the message's
 * {@code sid} and {@code status} when the JSON body has them. 429 (slow down), 408, 5xx and any other unexpected
 * answer: transient, tried again with backoff. 401 and 403 are transient too: a wrong account id or auth token is
 * the sender's settings, not the recipient, and failing for good would end every enrolment over a typo. Any other
 * 4xx (an invalid or unreachable number, a blocked recipient): permanent, with the gateway's own message and code.
 */
record GatewayAnswer(int status, String body, String to) {
    private static final int MAX_SNIPPET = 300;
    private static final ObjectMapper JSON = Json.lenient();

    /** The receipt of an accepted text; throws the {@link SendFailure} the answer means otherwise. */
    SmsReceipt receipt(UUID touchId, String number) throws SendFailure {
        JsonNode json = parse(body);
        if (status >= 200 && status < 300) {
            return new SmsReceipt(touchId, number, text(json, "sid"), text(json, "status"));
        }
        String said = said(json);
        if (status == 401 || status == 403) {
            throw SendFailure.transientFailure("The SMS gateway refused our login (HTTP " + status + said + "): check the SMS"
                    + " account id and auth token; the text to " + to + " is tried again later.", null);
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            String message = said.isEmpty() ? "no reason given" : said.substring(2);
            String code = text(json, "code");
            throw SendFailure.permanent("The SMS gateway refused the text to " + to + ": " + message
                    + " (" + (code == null ? "" : "code " + code + ", ") + "HTTP " + status + ").", null);
        }
        String why = status == 429 ? "is limiting our requests" : status >= 500 ? "failed" : "gave an unexpected answer";
        throw SendFailure.transientFailure("The SMS gateway " + why + " (HTTP " + status + said + "); the text to " + to
                + " is tried again later.", null);
    }

    /** ": the gateway's message" from its JSON error (or the body's start when it is not JSON), else "". */
    private String said(JsonNode json) {
        String message = json == null ? null : firstText(json, "message", "error_message", "detail", "error");
        if (message == null && json != null && json.path("error").isObject()) {
            message = text(json.path("error"), "message");
        }
        if (message == null && json == null && body != null && !body.isBlank()) {
            message = body.strip();
        }
        if (message == null || message.isBlank()) {
            return "";
        }
        String oneLine = message.replaceAll("\\s+", " ").strip();
        return ": " + (oneLine.length() > MAX_SNIPPET ? oneLine.substring(0, MAX_SNIPPET) + "…" : oneLine);
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String firstText(JsonNode json, String... fields) {
        for (String field : fields) {
            String value = text(json, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}

package com.nexuscrm.server.campaign;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a Twilio-style gateway puts on its webhook calls ({@code X-Twilio-Signature}): base64 of HMAC-SHA1, keyed
 * with the account's auth token, over the full URL it called followed by every POST parameter's name and value, sorted
 * by name (then value). Compared in constant time.
 */
final class GatewaySignature {
    static final String HEADER = "X-Twilio-Signature";

    private GatewaySignature() { }

    /** The signature of a call to {@code url} with {@code params} (name, value pairs, in any order). */
    static String sign(String authToken, String url, List<Map.Entry<String, String>> params) {
        List<Map.Entry<String, String>> sorted = new ArrayList<>(params);
        sorted.sort(Map.Entry.<String, String>comparingByKey().thenComparing(Map.Entry.comparingByValue(Comparator.naturalOrder())));
        StringBuilder data = new StringBuilder(url);
        for (Map.Entry<String, String> p : sorted) {
            data.append(p.getKey()).append(p.getValue());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is not available on this JVM", e);
        }
    }

    /** True when {@code given} is the signature of the call at one of {@code urls} (as the server sees it, as public). */
    static boolean valid(String authToken, Collection<String> urls, List<Map.Entry<String, String>> params, String given) {
        if (given == null || given.isBlank() || authToken == null || authToken.isBlank()) {
            return false;
        }
        byte[] presented = given.strip().getBytes(StandardCharsets.US_ASCII);
        boolean ok = false;
        for (String url : urls) {
            ok |= MessageDigest.isEqual(sign(authToken, url, params).getBytes(StandardCharsets.US_ASCII), presented);
        }
        return ok;
    }
}

package com.nexuscrm.server.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The inbound webhook's signature against the worked example of Twilio's request-validation documentation (auth token
 * "12345"): the one vector here not made by this implementation, so a wrongly sorted or joined base string fails.
 */
class GatewaySignatureTest {
    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final String EXPECTED = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

    private static List<Map.Entry<String, String>> params(String digits) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        params.add(new AbstractMap.SimpleImmutableEntry<>("To", "+18005551212"));
        params.add(new AbstractMap.SimpleImmutableEntry<>("From", "+14158675309"));
        params.add(new AbstractMap.SimpleImmutableEntry<>("Digits", digits));
        params.add(new AbstractMap.SimpleImmutableEntry<>("CallSid", "CA1234567890ABCDE"));
        params.add(new AbstractMap.SimpleImmutableEntry<>("Caller", "+14158675309"));
        return params;
    }

    @Test
    void matchesTheDocumentedExampleAndRefusesAnyChange() {
        assertEquals(EXPECTED, GatewaySignature.sign("12345", URL, params("1234")));
        assertTrue(GatewaySignature.valid("12345", List.of("http://10.0.0.5/elsewhere", URL), params("1234"), EXPECTED));
        assertFalse(GatewaySignature.valid("12345", List.of(URL), params("9999"), EXPECTED), "a changed parameter");
        assertFalse(GatewaySignature.valid("54321", List.of(URL), params("1234"), EXPECTED), "another token");
        assertFalse(GatewaySignature.valid("12345", List.of(URL + "&x=1"), params("1234"), EXPECTED), "another URL");
        assertFalse(GatewaySignature.valid("12345", List.of(URL), params("1234"), null), "no signature");
        assertFalse(GatewaySignature.valid("", List.of(URL), params("1234"), EXPECTED), "no token");
    }
}

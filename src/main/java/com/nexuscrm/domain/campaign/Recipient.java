package com.nexuscrm.domain.campaign;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A lead or contact as a campaign sees it: the merge fields, the addresses, the time zone sends are timed in,
 * and for leads the score and stage (lead status) that step conditions read.
 */
public record Recipient(PersonRef ref, String firstName, String lastName, String company, String title, String email,
                        String phone, String city, String country, ZoneId zone, Integer score, String stage) {
    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }

    /** The address a touch on {@code channel} goes to: the email for email, the phone for the others. */
    public String address(Channel channel) {
        return channel == Channel.EMAIL ? email : phone;
    }

    /** The values of {@link MergeFields#KNOWN}, without {@code senderName} (the campaign adds it). */
    public Map<String, String> mergeValues() {
        Map<String, String> values = new HashMap<>();
        values.put("firstName", firstName);
        values.put("lastName", lastName);
        values.put("fullName", fullName());
        values.put("company", company);
        values.put("title", title);
        values.put("email", email);
        values.put("phone", phone);
        values.put("city", city);
        values.put("country", country);
        return values;
    }
}

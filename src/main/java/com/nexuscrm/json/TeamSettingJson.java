package com.nexuscrm.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.TeamSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON inside a {@link TeamSetting}: a picklist is {@code {"values":[{"key":..,"label":..,"active":..,
 * "synonyms":[..],"probability":..,"won":..}]}}; routing rules and SLA settings are JSON objects. The team
 * server and the workstation check every setting with {@link #problems} before it is stored.
 */
public final class TeamSettingJson {
    private static final ObjectMapper MAPPER = Json.mapper();

    private record Stored(List<PicklistValue> values) { }

    private TeamSettingJson() { }

    public static String write(Picklist list) {
        try {
            return MAPPER.writeValueAsString(new Stored(list.values()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A picklist could not be written as JSON", e);
        }
    }

    /** The picklist a setting holds; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Picklist read(PicklistName name, String content) {
        try {
            Stored stored = MAPPER.readValue(content, Stored.class);
            if (stored == null || stored.values() == null) {
                throw new IllegalArgumentException("The " + name.label() + " setting holds no values.");
            }
            return new Picklist(name, stored.values());
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("The " + name.label() + " setting is not a list of values ("
                    + "each with key, label, active and synonyms).");
        }
    }

    /** Why the setting's content cannot be stored, or empty when it can. */
    public static Optional<String> problems(String settingName, String content) {
        if (content == null) {
            return Optional.empty();
        }
        Optional<PicklistName> list = PicklistName.ofSetting(settingName);
        try {
            if (list.isPresent()) {
                List<String> problems = new ArrayList<>(read(list.get(), content).problems());
                return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
            }
            JsonNode node = MAPPER.readTree(content);
            return node != null && node.isObject() ? Optional.empty() : Optional.of("is not a JSON object");
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } catch (JsonProcessingException e) {
            return Optional.of("is not JSON");
        }
    }
}

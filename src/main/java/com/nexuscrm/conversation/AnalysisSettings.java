package com.nexuscrm.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user may edit about call analysis.
 *
 * @param competitors names to look for, matched fuzzily ("HubSpot" also matches "hub spot")
 * @param trackers    tracker name to its phrases, like Gong's keyword trackers; a phrase may offer alternatives
 *                    for a word as {@code {a|b}}
 */
public record AnalysisSettings(List<String> competitors, Map<String, List<String>> trackers) {
    public AnalysisSettings {
        competitors = List.copyOf(competitors);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        trackers.forEach((name, phrases) -> copy.put(name, List.copyOf(phrases)));
        trackers = Collections.unmodifiableMap(copy);
    }

    /** Common CRM and sales-tool competitors and two starter trackers. */
    public static AnalysisSettings defaults() {
        Map<String, List<String>> trackers = new LinkedHashMap<>();
        trackers.put("Decision process", List.of("decision maker", "sign off", "approval", "procurement", "legal review"));
        trackers.put("Pain", List.of("struggling with", "frustrated", "takes too long", "manual", "spreadsheet", "spreadsheets"));
        return new AnalysisSettings(List.of("HubSpot", "Salesforce", "Gong", "Pipedrive", "Zoho", "Chorus", "Salesloft",
                "Clari", "Freshsales", "Microsoft Dynamics", "Zendesk Sell", "Insightly", "SugarCRM"), trackers);
    }

    /** These settings with {@code competitors} instead. */
    public AnalysisSettings withCompetitors(List<String> names) {
        return new AnalysisSettings(names, trackers);
    }

    /** These settings with {@code trackers} instead. */
    public AnalysisSettings withTrackers(Map<String, List<String>> named) {
        return new AnalysisSettings(competitors, named);
    }
}

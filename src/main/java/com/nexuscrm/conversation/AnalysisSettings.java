package com.nexuscrm.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /**
     * The competitor names people say as two or more words, lower case, for a recogniser to listen for
     * ({@code speech.NameSpotting}): "HubSpot" as "hub spot", "Microsoft Dynamics" as itself, and a one-word name
     * that is two common words run together ("Pipedrive" as "pipe drive", "Salesforce" as "sales force"). Names said
     * as one word are left to the first pass, which hears them as words it knows.
     */
    public List<String> spokenCompetitors() {
        Set<String> common = CallAnalyzer.commonWords();
        Set<String> out = new LinkedHashSet<>();
        for (String name : competitors) {
            String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").trim();
            if (spaced.contains(" ")) {
                out.add(spaced.replaceAll(" +", " "));
                continue;
            }
            for (int cut = 3; cut <= spaced.length() - 3; cut++) {
                if (common.contains(spaced.substring(0, cut)) && common.contains(spaced.substring(cut))) {
                    out.add(spaced.substring(0, cut) + " " + spaced.substring(cut));
                    break;
                }
            }
        }
        return List.copyOf(out);
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

package com.nexuscrm.scoring;

import java.util.Locale;
import java.util.regex.Pattern;

/** Seniority and department read from a free-text job title ("VP of Sales" → VP, Sales). */
final class JobTitles {
    // Compiled once: String.matches compiled each pattern per call and was most of feature extraction's time.
    private static final Pattern C_LEVEL = Pattern.compile("\\b(chief|ceo|cfo|cto|cio|cmo|coo|cro|founder|owner|president)\\b");
    private static final Pattern VP = Pattern.compile("\\b(vp|vice president|svp|evp)\\b");
    private static final Pattern DIRECTOR = Pattern.compile("\\b(director|head)\\b");
    private static final Pattern MANAGER = Pattern.compile("\\b(manager|lead|supervisor)\\b");
    private static final Pattern SALES = Pattern.compile("\\b(sales|revenue|account|business development|cro)\\b");
    private static final Pattern MARKETING = Pattern.compile("\\b(marketing|growth|brand|cmo|demand)\\b");
    private static final Pattern IT = Pattern.compile("\\b(it|technology|engineering|software|cto|cio|data|security)\\b");
    private static final Pattern FINANCE = Pattern.compile("\\b(finance|financial|accounting|cfo|banking)\\b");
    private static final Pattern OPERATIONS = Pattern.compile("\\b(operations|coo|ops|customer|support|service)\\b");

    private JobTitles() { }

    static String seniority(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ") + " ";
        if (C_LEVEL.matcher(t).find()) {
            return "C-level";
        }
        if (VP.matcher(t).find()) {
            return "VP";
        }
        if (DIRECTOR.matcher(t).find()) {
            return "Director";
        }
        if (MANAGER.matcher(t).find()) {
            return "Manager";
        }
        return "Individual contributor";
    }

    static String department(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (SALES.matcher(t).find()) {
            return "Sales";
        }
        if (MARKETING.matcher(t).find()) {
            return "Marketing";
        }
        if (IT.matcher(t).find()) {
            return "IT & engineering";
        }
        if (FINANCE.matcher(t).find()) {
            return "Finance";
        }
        if (OPERATIONS.matcher(t).find()) {
            return "Operations";
        }
        return "Other";
    }
}

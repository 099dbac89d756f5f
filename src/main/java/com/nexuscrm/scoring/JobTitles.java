package com.nexuscrm.scoring;

import java.util.Locale;

/** Seniority and department read from a free-text job title ("VP of Sales" → VP, Sales). */
final class JobTitles {
    private JobTitles() { }

    static String seniority(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ") + " ";
        if (t.matches(".*\\b(chief|ceo|cfo|cto|cio|cmo|coo|cro|founder|owner|president)\\b.*")) {
            return "C-level";
        }
        if (t.matches(".*\\b(vp|vice president|svp|evp)\\b.*")) {
            return "VP";
        }
        if (t.matches(".*\\b(director|head)\\b.*")) {
            return "Director";
        }
        if (t.matches(".*\\b(manager|lead|supervisor)\\b.*")) {
            return "Manager";
        }
        return "Individual contributor";
    }

    static String department(String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String t = title.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(sales|revenue|account|business development|cro)\\b.*")) {
            return "Sales";
        }
        if (t.matches(".*\\b(marketing|growth|brand|cmo|demand)\\b.*")) {
            return "Marketing";
        }
        if (t.matches(".*\\b(it|technology|engineering|software|cto|cio|data|security)\\b.*")) {
            return "IT & engineering";
        }
        if (t.matches(".*\\b(finance|financial|accounting|cfo|banking)\\b.*")) {
            return "Finance";
        }
        if (t.matches(".*\\b(operations|coo|ops|customer|support|service)\\b.*")) {
            return "Operations";
        }
        return "Other";
    }
}

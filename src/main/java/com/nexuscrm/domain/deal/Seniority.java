package com.nexuscrm.domain.deal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How senior a contact is, read from the job title: what "seniority reached" means in a buying group. A title that
 * names none of the words below is {@link #UNKNOWN}, never guessed.
 */
public enum Seniority {
    EXECUTIVE("Executive"), VICE_PRESIDENT("VP"), DIRECTOR("Director"), MANAGER("Manager"), STAFF("Staff"),
    UNKNOWN("Unknown");

    private static final Pattern EXEC = Pattern.compile("\\b(chief|ceo|cfo|cto|coo|cio|cro|cmo|president|founder|"
            + "co-founder|owner|managing director|general manager|partner)\\b");
    private static final Pattern VP = Pattern.compile("\\b(vp|svp|evp|vice president|head of)\\b");
    private static final Pattern DIRECTOR_WORDS = Pattern.compile("\\b(director)\\b");
    private static final Pattern MANAGER_WORDS = Pattern.compile("\\b(manager|lead|supervisor)\\b");
    private static final Pattern STAFF_WORDS = Pattern.compile("\\b(engineer|analyst|specialist|associate|"
            + "coordinator|administrator|developer|consultant|representative|assistant|officer)\\b");

    private final String label;

    Seniority(String label) { this.label = label; }

    public String label() { return label; }

    /** The seniority a title names; "Vice President of Sales" is a VP even though "president" is in it. */
    public static Seniority of(String title) {
        if (title == null || title.isBlank()) {
            return UNKNOWN;
        }
        String t = title.toLowerCase(Locale.ROOT).replace('.', ' ');
        if (VP.matcher(t).find()) {
            return VICE_PRESIDENT;
        }
        if (EXEC.matcher(t).find()) {
            return EXECUTIVE;
        }
        if (DIRECTOR_WORDS.matcher(t).find()) {
            return DIRECTOR;
        }
        if (MANAGER_WORDS.matcher(t).find()) {
            return MANAGER;
        }
        return STAFF_WORDS.matcher(t).find() ? STAFF : UNKNOWN;
    }

    /** Budget holders are usually at director level or above. */
    public boolean signsBudgets() {
        return this == EXECUTIVE || this == VICE_PRESIDENT || this == DIRECTOR;
    }
}

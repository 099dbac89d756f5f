package com.nexuscrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a referral reply names: "Please contact Sarah Kim", "our CTO, Alex Rivera", "Try jane.doe@globex.com",
 * "speak to our head of IT, david@brightwave.com". The name is the longest run of capitalised words that is not a
 * sentence opener, a role or a pronoun (closest to the address when there is one), else the address's local part
 * when it reads as a name ("jane.doe" → "Jane Doe"; "buying", "sales" are not names). The sign-off ("Best,", "Thanks,"
 * and what follows) is left out, so the sender's own name is never taken. Both null: nobody was found.
 */
public record ReferralContact(String name, String email) {
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern NAME = Pattern.compile("\\b(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
            + "(?:\\s+[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?){0,2}\\b");
    private static final Pattern SIGN_OFF = Pattern.compile("(?im)^\\s*(best|regards|kind regards|thanks|thank you|cheers"
            + "|many thanks|sincerely|br)\\b[^\\n]{0,20}$");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'll", "i'd", "please", "our", "not", "you",
            "you'd", "you'll", "this", "that", "these", "try", "contact", "reach", "wrong", "the", "her", "his", "he", "she",
            "we", "we're", "it", "it's", "my", "looping", "hi", "hello", "hey", "thanks", "thank", "dear", "sales", "sorry",
            "unfortunately", "yes", "no", "sure", "ask", "email", "speak", "talk", "get", "send", "forward", "copying",
            "head", "team", "they", "their", "there", "for", "just", "as", "a", "an", "and", "but", "so", "if", "in", "on",
            "at", "of", "to", "with", "from", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "marketing", "finance", "operations", "procurement", "purchasing", "support", "director", "manager",
            "who", "what", "when", "she's", "he's", "they're", "let", "let's", "also", "however", "regarding", "re", "fw");
    private static final Set<String> NOT_NAME_ADDRESSES = Set.of("info", "sales", "support", "help", "buying", "purchasing",
            "procurement", "contact", "office", "admin", "hello", "team", "it", "finance", "billing", "accounts", "hr",
            "marketing", "noreply", "no-reply", "enquiries", "inquiries", "orders", "service");

    public static final ReferralContact NONE = new ReferralContact(null, null);

    /** Whom {@code text} refers to; {@link #NONE} when it names nobody. */
    public static ReferralContact in(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher signOff = SIGN_OFF.matcher(text);
        String body = signOff.find() ? text.substring(0, signOff.start()) : text;
        Matcher a = ADDRESS.matcher(body);
        String email = a.find() ? a.group().toLowerCase(Locale.ROOT) : null;
        int near = email == null ? -1 : a.start();
        String name = bestName(body, near);
        if (name == null && email != null) {
            name = fromAddress(email);
        }
        return new ReferralContact(name, email);
    }

    public boolean found() {
        return name != null || email != null;
    }

    /** The first word of a name, for a lead's first name. */
    public String firstName() {
        if (name == null) {
            return null;
        }
        String[] words = name.replaceFirst("^(?:Mr|Mrs|Ms|Dr)\\.?\\s+", "").split("\\s+");
        return words.length > 1 ? words[0] : null;
    }

    /** The rest of the name (or the one word), for a lead's last name. */
    public String lastName() {
        if (name == null) {
            return null;
        }
        String bare = name.replaceFirst("^(?:Mr|Mrs|Ms|Dr)\\.?\\s+", "");
        String first = firstName();
        return first == null ? bare : bare.substring(first.length()).strip();
    }

    private static String bestName(String text, int near) {
        List<String> names = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        Matcher m = NAME.matcher(text.replace('\u2019', '\''));
        while (m.find()) {
            String run = trimmed(m.group());
            if (run != null) {
                names.add(run);
                at.add(m.start());
            }
        }
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < names.size(); i++) {
            int words = names.get(i).split("\\s+").length;
            int score = words * 1000 - (near < 0 ? 0 : Math.abs(at.get(i) - near));
            if (score > bestScore) {
                best = names.get(i);
                bestScore = score;
            }
        }
        return best;
    }

    /** The run without leading and trailing words that are not names; null when nothing is left. */
    private static String trimmed(String run) {
        List<String> words = new ArrayList<>(List.of(run.split("\\s+")));
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        while (!words.isEmpty() && NOT_NAMES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.size() == 1 && words.get(0).matches("(?:Mr|Mrs|Ms|Dr)\\.?")) {
            return null;
        }
        return String.join(" ", words);
    }

    private static String fromAddress(String email) {
        String local = email.substring(0, email.indexOf('@'));
        if (NOT_NAME_ADDRESSES.contains(local) || !local.matches("[a-z]+(?:[._-][a-z]+){0,2}")) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String part : local.split("[._-]")) {
            if (part.length() < 2) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.length() == 0 ? null : out.toString();
    }
}

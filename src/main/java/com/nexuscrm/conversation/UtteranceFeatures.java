package com.nexuscrm.conversation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The features of one utterance for {@link UtteranceClassifier}: its words and their stems, adjacent stem pairs,
 * words under a negation ("not", "no", "-n't" marks the next three words), and cue groups: a family of words that
 * say the same thing in different ways (money, approvals, security, the law, dates ...), so that a phrasing never
 * seen in training still lights the cue its words belong to. Fillers ("um", "uh") are dropped first.
 */
final class UtteranceFeatures {
    private static final Set<String> FILLERS = Set.of("um", "uh", "erm", "er", "hmm", "mm", "ah", "uhm");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "nobody", "without", "none",
            "cannot", "neither", "nor");
    private static final int NEGATION_SCOPE = 3;
    /** Cue name to its words and two-word phrases (stems). */
    private static final Map<String, Set<String>> CUES = Map.ofEntries(
            Map.entry("money", Set.of("price", "pric", "cost", "costly", "expensive", "pricey", "cheap", "cheaper",
                    "discount", "dollar", "thousand", "fee", "pay", "quote", "rate", "figure", "number", "overpric",
                    "afford", "percent", "k", "spend", "seat", "tag", "margin", "steep", "list_price", "per_user")),
            Map.entry("funds", Set.of("budget", "fund", "money", "cash", "spending", "freeze", "frozen", "allocat",
                    "cut", "slash", "financ", "line_item", "reduc", "strapp", "layoff", "over_budget")),
            Map.entry("later", Set.of("later", "year", "quarter", "month", "busy", "swamp", "slamm", "priority",
                    "timing", "moment", "wait", "revisit", "january", "february", "march", "april", "may", "june",
                    "july", "august", "september", "october", "november", "december", "spring", "summer", "fall",
                    "autumn", "winter", "holiday", "q1", "q2", "q3", "q4", "bandwidth", "launch", "right_now",
                    "check_back", "circle_back", "pick_back", "roadmap", "plate", "season", "audit")),
            Map.entry("approver", Set.of("boss", "manager", "director", "vp", "cfo", "ceo", "coo", "cto", "board",
                    "committee", "leadership", "approv", "sign_off", "decision", "decid", "owner", "founder", "partner",
                    "procurement", "purchas", "executive", "president", "head", "upstair", "escalat", "loop_in",
                    "run_it", "above_me", "authority", "bless", "final_say", "chain", "weigh_in", "purse")),
            Map.entry("satisfied", Set.of("fine", "happy", "enough", "work_fine", "spreadsheet", "excel", "overkill",
                    "value", "point", "use_case", "get_by", "gotten_along", "nice_to", "must_have")),
            Map.entry("rival", Set.of("competitor", "vendor", "provider", "alternative", "another", "different",
                    "other", "rival", "supplier", "platform", "salesforce", "hubspot", "zoho", "pipedrive", "gong",
                    "chorus", "freshsales", "dynamic", "trial", "shortlist", "shopping", "current_provider")),
            Map.entry("security", Set.of("security", "secure", "soc", "iso", "gdpr", "hipaa", "complianc", "complian",
                    "encrypt", "sso", "okta", "penetration", "pen_test", "audit", "auditor", "infosec", "ciso", "it",
                    "data", "privacy", "breach", "residency", "host", "access", "certif", "questionnaire",
                    "assessment", "dpa", "factor", "sign_on", "risk")),
            Map.entry("legal", Set.of("legal", "lawyer", "attorney", "counsel", "contract", "agreement", "term",
                    "clause", "msa", "redline", "liability", "indemnif", "termination", "renewal", "auto_renew",
                    "paper", "commitment", "lock", "tied", "fine_print", "cancellation", "notice_period",
                    "month_to", "multi_year", "three_year")),
            Map.entry("keen", Set.of("great", "love", "perfect", "exactly", "impress", "excit", "fit", "sold",
                    "check", "box", "game_changer", "no_brainer", "help", "recommend", "in_place", "ready",
                    "move_forward", "look_good")),
            Map.entry("start", Set.of("start", "get_start", "go_live", "onboard", "rollout", "roll_out", "live",
                    "implement", "licens", "user", "plan", "order_form", "sign", "paperwork", "pilot", "seat")),
            Map.entry("commit", Set.of("i'll", "we'll", "let's", "you'll", "let_me", "go_to", "send", "schedule",
                    "book", "set_up", "invite", "calendar", "follow", "email", "shoot", "regroup", "reconnect",
                    "touch_base", "loop_back", "get_back", "call_you", "connect", "introduc", "forward", "share",
                    "put_together", "pull_together", "draft")),
            Map.entry("when", Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "tonight",
                    "today", "next_week", "end_of", "first", "second", "third", "fourth", "fifth", "tenth", "fifteenth",
                    "twentieth", "thirtieth", "afternoon", "morning", "this_week")));

    private UtteranceFeatures() {
    }

    /** The features of {@code words} (the recogniser's lowercase words). */
    static List<String> of(List<String> words) {
        List<String> w = words.stream().filter(t -> !FILLERS.contains(t)).toList();
        Set<String> out = new LinkedHashSet<>();
        out.add("bias");
        List<String> stems = new ArrayList<>();
        boolean[] negatedAt = new boolean[w.size()];
        int negatedUntil = -1;
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            String stem = stem(word);
            stems.add(stem);
            boolean negated = i <= negatedUntil;
            negatedAt[i] = negated;
            out.add("w:" + word);
            out.add("s:" + stem);
            if (negated) {
                out.add("n:" + stem);
            }
            if (NEGATIONS.contains(word) || word.endsWith("n't")) {
                negatedUntil = i + NEGATION_SCOPE;
                out.add("c:negation");
            }
            if (i > 0) {
                out.add("b:" + stems.get(i - 1) + "_" + stem);
            }
        }
        addCues(stems, negatedAt, out);
        if (!w.isEmpty()) {
            out.add("first:" + stems.get(0));
        }
        return List.copyOf(out);
    }

    /** Cue groups, and each cue under a negation as its own feature ("not a concern", "no rush"). */
    private static void addCues(List<String> stems, boolean[] negated, Set<String> out) {
        for (int i = 0; i < stems.size(); i++) {
            String one = stems.get(i);
            String two = i + 1 < stems.size() ? one + "_" + stems.get(i + 1) : null;
            boolean under = negated[i];
            CUES.forEach((cue, members) -> {
                if (matches(members, one) || (two != null && members.contains(two))) {
                    out.add("c:" + cue);
                    if (under) {
                        out.add("nc:" + cue);
                    }
                }
            });
        }
    }

    /** A cue word of four letters or more also covers the words it starts ("approv": approve, approval). */
    private static boolean matches(Set<String> members, String stem) {
        if (members.contains(stem)) {
            return true;
        }
        for (int end = 4; end < stem.length(); end++) {
            if (members.contains(stem.substring(0, end))) {
                return true;
            }
        }
        return false;
    }

    /** A rough stem, enough to join "costs", "costing" and "cost". */
    static String stem(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        if (w.length() > 5 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        for (String suffix : List.of("ing", "ed", "es", "s")) {
            if (w.length() - suffix.length() >= 3 && w.endsWith(suffix) && !w.endsWith("ss")) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}

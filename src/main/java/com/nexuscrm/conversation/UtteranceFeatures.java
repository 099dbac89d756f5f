package com.nexuscrm.conversation;

import com.nexuscrm.scoring.TextStems;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The features of one utterance for {@link UtteranceClassifier}: its words and their stems, adjacent stem pairs,
 * words under a negation ("not", "no", "-n't" marks the next three words), and cue groups: a family of words that
 * say the same thing in different ways (money, approvals, security, the law, a concern, dates ...), so that a
 * phrasing never seen in training still lights the cue its words belong to, and the pairs of cues seen together.
 * Fillers ("um", "uh") are dropped first.
 */
final class UtteranceFeatures {
    private static final Set<String> FILLERS = Set.of("um", "uh", "erm", "er", "hmm", "mm", "ah", "uhm");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "nobody", "without", "none",
            "cannot", "neither", "nor");
    private static final int NEGATION_SCOPE = 3;
    /** Cue name to its words and two-word phrases (stems). */
    private static final Map<String, Set<String>> CUES = Map.ofEntries(
            Map.entry("money", Set.of("rich", "fraction", "less", "lower", "knock", "break", "sharpen", "winc", "total", "per_seat", "per_month", "price", "pric", "cost", "costly", "expensive", "pricey", "cheap", "cheaper", "discount", "dollar", "thousand", "fee", "pay", "quote", "rate", "figure", "number", "overpric", "afford", "percent", "k", "spend", "seat", "tag", "margin", "steep", "list_price", "per_user")),
            Map.entry("funds", Set.of("set_aside", "pull_back", "tight", "limit", "constrain", "cost_cutt", "spend", "hold", "belt", "lost", "gone", "left", "none_left", "spent", "budget", "fund", "money", "cash", "spending", "freeze", "frozen", "allocat", "cut", "slash", "financ", "line_item", "reduc", "strapp", "layoff", "over_budget")),
            Map.entry("later", Set.of("until", "after", "wait", "hold", "park", "push", "soon", "yet", "for_now", "time", "hurry", "urgen", "season", "reorg", "migration", "fiscal", "new_year", "calm", "later", "year", "quarter", "month", "busy", "swamp", "slamm", "priority", "timing", "moment", "revisit", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "spring", "summer", "fall", "autumn", "winter", "holiday", "q1", "q2", "q3", "q4", "bandwidth", "launch", "right_now", "check_back", "circle_back", "pick_back", "roadmap", "plate", "audit")),
            Map.entry("approver", Set.of("higher_up", "pay_grade", "headquart", "parent", "process", "weigh", "buy_in", "present", "convinc", "committ", "finance", "managing", "exec", "up_the", "boss", "manager", "director", "vp", "cfo", "ceo", "coo", "cto", "board", "committee", "leadership", "approv", "sign_off", "decision", "decid", "owner", "founder", "partner", "procurement", "purchas", "executive", "president", "head", "upstair", "escalat", "loop_in", "run_it", "above_me", "authority", "bless", "final_say", "chain", "weigh_in", "purse")),
            Map.entry("satisfied", Set.of("need", "broken", "fix", "use", "pain", "essential", "relevant", "ask", "complain", "business_case", "solv", "differenc", "without", "manage", "job", "work_well", "fine", "happy", "enough", "work_fine", "spreadsheet", "excel", "overkill", "value", "point", "use_case", "get_by", "gotten_along", "nice_to", "must_have")),
            Map.entry("rival", Set.of("compar", "evaluat", "option", "else", "elsewhere", "someone_else", "stick", "freshsale", "sugar", "zendesk", "microsoft", "bake", "demo", "ecosystem", "competition", "big_name", "competitor", "vendor", "provider", "alternative", "another", "different", "other", "rival", "supplier", "platform", "salesforce", "hubspot", "zoho", "pipedrive", "gong", "chorus", "freshsales", "dynamic", "trial", "shortlist", "shopping", "current_provider")),
            Map.entry("security", Set.of("backup", "recover", "record", "protect", "permission", "role", "cloud", "server", "laptop", "control", "log", "retention", "mfa", "clear", "cto", "safe", "leak", "security", "secure", "soc", "iso", "gdpr", "hipaa", "complianc", "complian", "encrypt", "sso", "okta", "penetration", "pen_test", "audit", "auditor", "infosec", "ciso", "it", "data", "privacy", "breach", "residency", "host", "access", "certif", "questionnaire", "assessment", "dpa", "factor", "sign_on", "risk")),
            Map.entry("legal", Set.of("indemn", "sla", "uptime", "exit", "out_clause", "prepay", "prepayment", "condition", "one_sided", "general_counsel", "minimum", "penalty", "break", "deal", "language", "cap", "law", "legal", "lawyer", "attorney", "counsel", "contract", "agreement", "term", "clause", "msa", "redline", "liability", "indemnif", "termination", "renewal", "auto_renew", "paper", "commitment", "lock", "tied", "fine_print", "cancellation", "notice_period", "month_to", "multi_year", "three_year")),
            Map.entry("worry", Set.of("worr", "concern", "issue", "problem", "hesitat", "struggl", "hard", "tough", "difficult", "blocker", "hurdle", "sticking", "stuck", "question", "nervous", "cautious", "risk", "flag", "block", "won't", "can't", "cannot", "unless", "before", "first", "have_to", "need_to", "would_need", "we'd_need")),
            Map.entry("keen", Set.of("great", "love", "perfect", "exactly", "impress", "excit", "fit", "sold", "check", "box", "game_changer", "no_brainer", "help", "recommend", "in_place", "ready", "move_forward", "look_good")),
            Map.entry("start", Set.of("start", "get_start", "go_live", "onboard", "rollout", "roll_out", "live", "implement", "licens", "user", "plan", "order_form", "sign", "paperwork", "pilot", "seat")),
            Map.entry("commit", Set.of("i'll", "we'll", "let's", "you'll", "let_me", "go_to", "send", "schedule", "book", "set_up", "invite", "calendar", "follow", "email", "shoot", "regroup", "reconnect", "touch_base", "loop_back", "get_back", "call_you", "connect", "introduc", "forward", "share", "put_together", "pull_together", "draft")),
            Map.entry("when", Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "tonight", "today", "next_week", "end_of", "first", "second", "third", "fourth", "fifth", "tenth", "fifteenth", "twentieth", "thirtieth", "afternoon", "morning", "this_week")));

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
            String stem = TextStems.stem(word);
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
        out.add("len:" + lengthBucket(w.size()));
        if (!w.isEmpty()) {
            out.add("first:" + stems.get(0));
        }
        return List.copyOf(out);
    }

    /**
     * Cue groups, each cue under a negation as its own feature ("not a concern", "no rush"), and every pair of cues
     * seen together ("security" with "worry", "approver" with "later"): an objection is mostly a topic said with
     * a concern, and the pair carries that whatever the words.
     */
    private static void addCues(List<String> stems, boolean[] negated, Set<String> out) {
        Set<String> found = new TreeSet<>();
        for (int i = 0; i < stems.size(); i++) {
            String one = stems.get(i);
            String two = i + 1 < stems.size() ? one + "_" + stems.get(i + 1) : null;
            boolean under = negated[i];
            CUES.forEach((cue, members) -> {
                if (TextStems.matchesCue(members, one) || (two != null && members.contains(two))) {
                    out.add("c:" + cue);
                    found.add(cue);
                    if (under) {
                        out.add("nc:" + cue);
                    }
                }
            });
        }
        List<String> cues = List.copyOf(found);
        for (int i = 0; i < cues.size(); i++) {
            for (int j = i + 1; j < cues.size(); j++) {
                out.add("cc:" + cues.get(i) + "+" + cues.get(j));
            }
        }
    }

    /** How long the utterance is, coarsely: a backchannel ("yeah okay") is rarely a finding, a long turn often is. */
    private static String lengthBucket(int words) {
        return words <= 2 ? "1-2" : words <= 5 ? "3-5" : words <= 10 ? "6-10" : "11+";
    }
}

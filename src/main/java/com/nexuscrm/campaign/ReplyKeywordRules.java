package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ReplyIntent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baseline the reply classifier must beat: keyword rules as a mail filter would have them, tried in order (an
 * unsubscribe first, since it must be honoured whatever else the reply says), on the part the sender wrote. A reply
 * no rule matches is taken as interested (a reply at all is the commonest sign of interest).
 */
final class ReplyKeywordRules {
    private static final List<Map.Entry<ReplyIntent, List<String>>> RULES = List.of(
            Map.entry(ReplyIntent.UNSUBSCRIBE, List.of("unsubscribe", "remove me", "opt out", "opt me out", "take me off",
                    "mailing list", "stop emailing", "stop sending", "stop contacting", "do not email", "don't email")),
            Map.entry(ReplyIntent.OUT_OF_OFFICE, List.of("out of office", "out of the office", "auto reply", "automatic reply",
                    "auto-reply", "on vacation", "on holiday", "on leave", "ooo", "away until", "back on")),
            Map.entry(ReplyIntent.REFERRAL, List.of("@", "reach out to", "right person", "right contact", "forwarded",
                    "forwarding", "cc'd", "looping in", "please contact", "speak to", "talk to")),
            Map.entry(ReplyIntent.NOT_NOW, List.of("not now", "not right now", "next quarter", "next year", "later",
                    "few months", "next month", "not yet", "in the new year", "revisit")),
            Map.entry(ReplyIntent.NOT_INTERESTED, List.of("not interested", "no thanks", "no thank you", "not for us",
                    "not a fit", "all set", "already have", "no need", "don't need", "we're good")),
            Map.entry(ReplyIntent.QUESTION, List.of("?")));

    private ReplyKeywordRules() {
    }

    /** The intent of the first rule with a keyword in the written part of {@code reply}, else interested. */
    static ReplyIntent classify(String reply) {
        String text = " " + ReplyText.written(reply).toLowerCase(Locale.ROOT).replace('\u2019', '\'') + " ";
        for (Map.Entry<ReplyIntent, List<String>> rule : RULES) {
            if (rule.getValue().stream().anyMatch(text::contains)) {
                return rule.getKey();
            }
        }
        return ReplyIntent.INTERESTED;
    }
}

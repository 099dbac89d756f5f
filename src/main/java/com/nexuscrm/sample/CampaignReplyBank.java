package com.nexuscrm.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Replies to the sample's campaign emails, written as people write them: a greeting or none, what they want
 * (interested, not now, not interested, out of office with a return date, unsubscribe, a referral to a colleague, a
 * question), a sign-off and the quoted original. Which touches get one and what they say is drawn from a random stream
 * of its own, after every other draw, so the rest of the sample is the same with or without them. No intent is
 * attached: the workspace's reply classifier reads each text when the sample is seeded.
 */
final class CampaignReplyBank {
    /** A sent email that got a reply in the sample's history. */
    record Replied(UUID touchId, String messageId, String address, String firstName, String company, String plan,
                   Instant at) { }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);
    private static final DateTimeFormatter WEEKDAY_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    private static final int REPLIES = 12;
    private static final int NEWEST = 40;
    /** Every kind of reply once, then the common ones again. */
    private static final String[] KINDS = {"interested", "not now", "not interested", "away", "unsubscribe", "referral",
        "question", "interested", "question", "away", "not now", "interested"};
    private static final String[] COLLEAGUES = {"Priya Raman", "Tom Okafor", "Lena Fischer", "Marcus Bell", "Aiko Tanaka"};

    private CampaignReplyBank() { }

    /** Replies to a dozen of the newest replied emails; an out-of-office sender is back a few days after {@code now}. */
    static List<SampleReply> write(List<Replied> replied, Random random, String senderName, Instant now) {
        List<Replied> newest = new ArrayList<>(replied);
        newest.sort(Comparator.comparing(Replied::at).reversed().thenComparing(Replied::touchId));
        newest = new ArrayList<>(newest.subList(0, Math.min(NEWEST, newest.size())));
        java.util.Collections.shuffle(newest, random);
        List<SampleReply> out = new ArrayList<>();
        for (int i = 0; i < Math.min(REPLIES, newest.size()); i++) {
            Replied r = newest.get(i);
            int seen = 0;
            for (int j = 0; j < i; j++) {
                seen += KINDS[j].equals(KINDS[i]) ? 1 : 0;
            }
            String text = text(KINDS[i], seen, r, random, senderName, now) + "\n\n" + quote(r, senderName);
            out.add(new SampleReply(r.touchId(), r.messageId(), r.address(),
                    "<" + UUID.nameUUIDFromBytes(("sample-reply:" + r.touchId()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            + "@" + r.address().substring(r.address().indexOf('@') + 1) + ">", text, r.at()));
        }
        return out;
    }

    /** The {@code seen}-th reply of this kind (each kind's texts in turn, so none repeats). */
    private static String text(String kind, int seen, Replied r, Random random, String sender, Instant now) {
        String hi = pick(random.nextInt(3), "Hi " + first(sender) + ",\n\n", "Hello " + first(sender) + ",\n\n", "");
        String me = r.firstName() == null ? "" : r.firstName();
        String company = r.company() == null ? "our team" : r.company();
        LocalDate away = LocalDate.ofInstant(r.at(), ZoneOffset.UTC).plusDays(6 + random.nextInt(8));
        LocalDate soon = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(3 + random.nextInt(6));
        LocalDate back = away.isAfter(soon) ? away : soon;
        return switch (kind) {
            case "interested" -> hi + pick(seen,
                    "Thanks for following up. We are reviewing how " + company + " tracks its pipeline this quarter and"
                            + " I'd like to see a demo. Could we book 30 minutes next week?\n\nBest,\n" + me,
                    "Good timing, this is on my list. Happy to talk, send me an invite for Tuesday or Wednesday afternoon.\n\n"
                            + "Thanks,\n" + me,
                    "Yes, I'm interested. Let's set up a call so you can walk me and my manager through it.\n\n" + me);
            case "not now" -> hi + pick(seen,
                    "Not the right time for us, we're in the middle of a reorganisation. Try me again in March.\n\nRegards,\n" + me,
                    "We just renewed our current contract, so nothing will change before next year. Feel free to reach out"
                            + " again in Q2.\n\n" + me);
            case "not interested" -> hi + pick(seen,
                    "Thanks, but we're happy with what we use today and won't be looking at alternatives.\n\n" + me,
                    "Not interested, thank you. Please don't follow up on this.\n\nBest,\n" + me);
            case "away" -> "I am out of the office with limited access to email until "
                    + WEEKDAY_DAY.format(back) + ". For anything urgent please call the"
                    + " office. I will reply when I am back.\n\n" + me;
            case "unsubscribe" -> pick(random.nextInt(2), "Please remove me from your mailing list.\n\n" + me,
                    "Unsubscribe. Stop emailing me please.");
            case "referral" -> {
                String who = COLLEAGUES[random.nextInt(COLLEAGUES.length)];
                String address = who.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + r.address().substring(r.address().indexOf('@') + 1);
                yield hi + "I'm not the right person for this. " + who + " runs our sales operations and decides on tools"
                        + " like yours, please contact " + address + ".\n\nBest,\n" + me;
            }
            default -> hi + pick(seen,
                    "Quick question before we talk: does it work with our existing email and calendar, and how is"
                            + " pricing worked out for a team of 20?\n\n" + me,
                    "Does this integrate with Outlook? And can we try it before we buy?\n\nThanks,\n" + me);
        };
    }

    private static String quote(Replied r, String sender) {
        return "On " + DAY.format(LocalDate.ofInstant(r.at(), ZoneOffset.UTC)) + ", " + sender + " wrote:\n> Hi "
                + (r.firstName() == null ? "there" : r.firstName()) + ", a quick note from the " + r.plan() + " team.";
    }

    private static String first(String name) {
        return name == null || name.isBlank() ? "there" : name.strip().split("\\s+")[0];
    }

    private static String pick(int index, String... options) {
        return options[index % options.length];
    }
}

package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.protocol.CampaignHandover;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-over checked whole before anything is stored: the sizes, every plan's {@code problems()}, each enrolment's
 * fields and recipient, the lengths the tables hold. The first problems (at most ten) are named in one refusal.
 */
final class HandoverChecks {
    private static final int SHOWN = 10;

    /** The request is refused with this HTTP status and message; nothing was stored. */
    static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private HandoverChecks() { }

    static void check(CampaignHandover h) {
        size("plans", h.plans().size(), CampaignHandover.MAX_PLANS);
        size("enrolments", h.enrolments().size(), CampaignHandover.MAX_ENROLMENTS);
        size("suppressions", h.suppressions().size(), CampaignHandover.MAX_ENTRIES);
        size("consents", h.consents().size(), CampaignHandover.MAX_ENTRIES);
        if (h.cursor() < 0) {
            throw new Refused(400, "cursor: send 0 or the cursor of the last answer, not " + h.cursor() + ".");
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < h.plans().size(); i++) {
            plan("plans[" + i + "]", h.plans().get(i), problems);
        }
        for (int i = 0; i < h.enrolments().size(); i++) {
            enrolment("enrolments[" + i + "]", h.enrolments().get(i), problems);
        }
        for (int i = 0; i < h.suppressions().size(); i++) {
            Suppression s = h.suppressions().get(i);
            String at = "suppressions[" + i + "]";
            need(problems, s != null && s.reason() != null && s.at() != null, at, "needs a reason and a date");
            if (s != null) {
                text(problems, at + ".source", s.source(), 200, true);
                text(problems, at + ".address", s.address(), 320, false);
            }
        }
        for (int i = 0; i < h.consents().size(); i++) {
            Consent k = h.consents().get(i);
            need(problems, k != null, "consents[" + i + "]", "is null");
            if (k != null) {
                text(problems, "consents[" + i + "].source", k.source(), 200, true);
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(400, "The hand-over was refused and nothing was stored: " + String.join("; ",
                    problems.subList(0, Math.min(SHOWN, problems.size()))) + (problems.size() > SHOWN ? "; and "
                    + (problems.size() - SHOWN) + " more" : "") + ".");
        }
    }

    private static void size(String field, int size, int max) {
        if (size > max) {
            throw new Refused(413, field + ": at most " + max + " per hand-over, this one has " + size
                    + "; send them in several hand-overs.");
        }
    }

    private static void plan(String at, CampaignPlan p, List<String> problems) {
        if (p == null || p.id() == null) {
            problems.add(at + ": a plan needs an id");
            return;
        }
        String where = at + " (plan '" + p.name() + "')";
        for (FieldError e : p.problems()) {
            problems.add(where + ", " + e.field() + ": " + e.message());
        }
        text(problems, where + ".goal", p.goal(), 200, false);
        text(problems, where + ".sender", p.sender(), 320, false);
        text(problems, where + ".senderName", p.senderName(), 200, false);
        text(problems, where + ".audience", p.audience().savedFilter(), 200, false);
        text(problems, where + ".audience", p.audience().criteria(), 1000, false);
    }

    private static void enrolment(String at, CampaignHandover.HandedEnrolment h, List<String> problems) {
        Enrolment e = h == null ? null : h.enrolment();
        Recipient r = h == null ? null : h.recipient();
        if (e == null || e.id() == null || e.planId() == null || e.person() == null || e.status() == null
                || e.enrolledAt() == null) {
            problems.add(at + ".enrolment: needs id, planId, person, status and enrolledAt");
            return;
        }
        need(problems, e.currentStep() >= 0 && e.currentStep() < 1000, at + ".enrolment.currentStep", "must be 0 to 999");
        need(problems, e.status() != EnrolmentStatus.EXITED || e.exitReason() != null, at + ".enrolment.exitReason",
                "an exited enrolment needs its exit reason");
        need(problems, e.status() != EnrolmentStatus.PAUSED || h.resumeAt() != null, at + ".resumeAt",
                "a paused enrolment needs the date it resumes");
        need(problems, h.resumeAt() == null || h.pausedAt() == null || !h.resumeAt().isBefore(h.pausedAt()),
                at + ".pausedAt", "must not be after resumeAt");
        if (r == null || r.zone() == null || !e.person().equals(r.ref())) {
            problems.add(at + ".recipient: needs the enrolled person's ref (the same kind and id) and a time zone");
            return;
        }
        text(problems, at + ".recipient.firstName", r.firstName(), 200, false);
        text(problems, at + ".recipient.lastName", r.lastName(), 200, false);
        text(problems, at + ".recipient.company", r.company(), 300, false);
        text(problems, at + ".recipient.title", r.title(), 200, false);
        text(problems, at + ".recipient.email", r.email(), 320, false);
        text(problems, at + ".recipient.phone", r.phone(), 64, false);
        text(problems, at + ".recipient.city", r.city(), 200, false);
        text(problems, at + ".recipient.country", r.country(), 100, false);
        text(problems, at + ".recipient.stage", r.stage(), 32, false);
        text(problems, at + ".recipient.zone", r.zone().getId(), 64, false);
    }

    private static void text(List<String> problems, String field, String value, int max, boolean required) {
        need(problems, !required || (value != null && !value.isBlank()), field, "is required");
        need(problems, value == null || value.length() <= max, field, "at most " + max + " characters");
    }

    private static void need(List<String> problems, boolean ok, String field, String what) {
        if (!ok) {
            problems.add(field + ": " + what);
        }
    }
}

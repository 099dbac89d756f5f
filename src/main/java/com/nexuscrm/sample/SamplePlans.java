package com.nexuscrm.sample;

import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Template;
import java.util.List;
import java.util.UUID;

/**
 * The sample's two campaign plans as a marketer would write them: a three-email nurture series with an A/B test of
 * the first email, and a webinar follow-up of an email (A/B), a call task for the rep and a last email. Each step
 * after the first runs only without a reply. {@link #REPLY_RATES} are the sample's true reply rates per step and variant.
 */
final class SamplePlans {
    /** Reply probability of a sent touch, by plan (0 nurture, 1 webinar), step and variant (A, B). */
    static final double[][][] REPLY_RATES = {
            {{0.05, 0.11}, {0.04}, {0.03}},
            {{0.12, 0.19}, {0.0}, {0.07}}};

    private SamplePlans() { }

    static CampaignPlan nurture(UUID id, String sender, String senderName) {
        StepCondition noReply = StepCondition.of(StepCondition.Kind.NO_REPLY);
        return new CampaignPlan(id, "Nurture", "Meeting booked", new Audience(null, "status=NURTURE"), sender, senderName,
                List.of(Step.of(0, Channel.EMAIL,
                                new Template("A", "The ROI of a CRM your team actually uses",
                                        "Hi {{firstName|there}},\n\nTeams like {{company|yours}} lose about a day a week to"
                                                + " CRM busywork. Our two-page ROI guide shows where that time goes and how"
                                                + " to win it back.\n\nWorth a look?\n{{senderName}}"),
                                new Template("B", "Quick question about {{company|your pipeline}}",
                                        "Hi {{firstName|there}},\n\nHow does {{company|your team}} decide which leads to"
                                                + " call first? We help sales teams answer that in minutes, not meetings."
                                                + "\n\nOpen to a 15-minute chat next week?\n{{senderName}}")),
                        new Step(4, Channel.EMAIL, noReply, List.of(new Template("A", "Re: forecasting at {{company|your team}}",
                                "Hi {{firstName|there}},\n\nA customer of ours cut forecast misses by a third in one"
                                        + " quarter. Happy to show you how.\n\n{{senderName}}"))),
                        new Step(10, Channel.EMAIL, noReply, List.of(new Template("A", "Should I close your file, {{firstName|there}}?",
                                "Hi {{firstName|there}},\n\nI have not heard back, so I will stop here. If the timing"
                                        + " changes, just reply to this email.\n\n{{senderName}}")))));
    }

    static CampaignPlan webinar(UUID id, String sender, String senderName) {
        StepCondition noReply = StepCondition.of(StepCondition.Kind.NO_REPLY);
        return new CampaignPlan(id, "Webinar follow-up", "Demo booked", new Audience(null, "source=Webinar"), sender,
                senderName, List.of(Step.of(0, Channel.EMAIL,
                                new Template("A", "Slides from the pipeline forecasting webinar",
                                        "Hi {{firstName|there}},\n\nThanks for joining us. The slides and the recording are"
                                                + " attached.\n\n{{senderName}}"),
                                new Template("B", "{{firstName|Hi}}, your forecasting checklist",
                                        "Hi {{firstName|there}},\n\nHere is the one-page checklist from the webinar, ready"
                                                + " for {{company|your team}}'s next forecast call.\n\n{{senderName}}")),
                        new Step(2, Channel.VOICE_TASK, noReply, List.of(new Template("A", null,
                                "Call {{fullName|the attendee}} at {{company|their company}} ({{phone|no phone on file}}):"
                                        + " thank them for attending, ask how they forecast today, offer a 20-minute demo."))),
                        new Step(6, Channel.EMAIL, noReply, List.of(new Template("A", "A 20-minute forecasting demo, {{firstName|there}}?",
                                "Hi {{firstName|there}},\n\nWould a short demo on {{company|your}} own pipeline help?"
                                        + " Pick a time that suits you.\n\n{{senderName}}")))));
    }
}

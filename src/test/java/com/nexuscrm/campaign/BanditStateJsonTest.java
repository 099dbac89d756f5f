package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Choice;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.ScoreBand;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bandit's state survives JSON, and a state that is wrong anywhere is refused naming the field. */
class BanditStateJsonTest {
    private static final ArmSpace ARMS = new ArmSpace(SendTimeGrid.BLOCKS, List.of(Channel.EMAIL, Channel.SMS), 2);

    private static CampaignBandit learnt(OptimisationSettings settings) {
        CampaignBandit bandit = new CampaignBandit(ARMS, settings);
        Random random = new Random(8);
        for (int i = 0; i < 500; i++) {
            Segment segment = new Segment(i % 3 == 0 ? "EVENT" : "WEBSITE", ScoreBand.values()[i % 3]);
            bandit.record(segment, bandit.choose(segment, random), random.nextDouble() < 0.1);
        }
        return bandit;
    }

    @Test
    void aLearntStateRoundTrips() {
        for (OptimisationSettings settings : List.of(OptimisationSettings.on(),
                OptimisationSettings.fixed(new Choice(3, Channel.SMS, 1)))) {
            CampaignBandit bandit = learnt(settings);
            String json = BanditStateJson.write(bandit);
            CampaignBandit back = BanditStateJson.read(json);
            assertEquals(bandit.settings(), back.settings());
            assertEquals(bandit.arms(), back.arms());
            assertEquals(List.copyOf(bandit.segments()), List.copyOf(back.segments()));
            for (Segment segment : bandit.segments()) {
                for (Dimension d : Dimension.values()) {
                    assertEquals(bandit.posteriors(segment, d), back.posteriors(segment, d));
                    assertEquals(bandit.report(segment, d), back.report(segment, d));
                }
            }
            assertEquals(json, BanditStateJson.write(back));
            Random a = new Random(1);
            Random b = new Random(1);
            Segment web = new Segment("WEBSITE", ScoreBand.MEDIUM);
            for (int i = 0; i < 50; i++) {
                assertEquals(bandit.choose(web, a), back.choose(web, b), "the same state chooses the same");
            }
        }
    }

    @Test
    void malformedStateIsRefusedNamingTheField() {
        String good = BanditStateJson.write(learnt(OptimisationSettings.on()));
        refused("{", "The bandit state is not JSON");
        refused("[]", "The bandit state is not a JSON object.");
        refused(good.replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
                "The bandit state's field schemaVersion is 2; this build reads schema 1 only.");
        refused(good.replace("\"schemaVersion\":1,", ""), "The bandit state's field schemaVersion is missing.");
        refused(good.replace("\"SMS\"", "\"FAX\""),
                "The bandit state's field arms.channels[1] is 'FAX', not one of EMAIL, SMS, VOICE_TASK, LINKEDIN_TASK.");
        refused(good.replace("\"variants\":2", "\"variants\":0"),
                "The bandit state's field arms.variants is 0; a step has 1 to 26 variants.");
        refused(good.replace("\"explorationFloor\":0.1", "\"explorationFloor\":1.5"),
                "The bandit state's field settings.explorationFloor must be a number from 0 to 1.");
        refused(good.replace("\"fixed\":null", "\"fixed\":{\"sendTime\":12,\"channel\":\"EMAIL\",\"variant\":0}"),
                "The bandit state's field settings.fixed send time 12 is outside 0..11.");
        refused(good.replaceFirst("\"variant\":\\[\\{\"pulls\":(\\d+),\"successes\":\\d+\\}", "\"variant\":[{\"pulls\":$1,\"successes\":99999}"),
                "The bandit state's field segments[0].variant[0].successes is 99999; it must be from 0 to the arm's pulls");
        refused(good.replaceFirst("\"channel\":\\[\\{\"pulls\":\\d+,\"successes\":\\d+\\},", "\"channel\":["),
                "The bandit state's field segments[0].channel has 1 arms; the campaign has 2.");
        refused(good.replace("WEBSITE/MEDIUM", "EVENT/LOW"), "The bandit state's field segments[1].segment repeats EVENT/LOW.");
        refused(good.replace("WEBSITE/MEDIUM", "WEBSITE/WARM"), "The bandit state's field segments[1].segment is invalid: 'WEBSITE/WARM'");
        refused(good.replaceFirst("\"pulls\":\\d+", "\"pulls\":\"many\""),
                "The bandit state's field segments[0].sendTime[0].pulls is not a whole number (\"many\").");
    }

    private static void refused(String json, String messageStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BanditStateJson.read(json), json);
        if (!e.getMessage().startsWith(messageStart)) {
            assertEquals(messageStart, e.getMessage());
        }
    }
}

package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Steps are stored as JSON on the workstation and in the team server's hand-over: a custom filter travels, and a step
 * written before filters existed still reads (its filter null).
 */
class StepConditionJsonTest {
    private static final TypeReference<List<Step>> STEPS = new TypeReference<>() { };
    private final ObjectMapper json = Json.mapper();

    @Test
    void aCustomFilterTravelsAndAnOlderStepStillReads() throws Exception {
        List<Step> steps = List.of(new Step(3, Channel.EMAIL, StepCondition.customFilter("country = DE and score >= 60"),
                List.of(new Template("A", "Hallo", "Hallo {{firstName|there}}")), null));
        assertEquals(steps, json.readValue(json.writeValueAsString(steps), STEPS));

        String older = "[{\"dayOffset\":4,\"channel\":\"EMAIL\",\"condition\":{\"kind\":\"SCORE_ABOVE\",\"scoreAbove\":50,"
                + "\"stage\":null},\"variants\":[{\"variant\":\"A\",\"subject\":\"Hi\",\"body\":\"Hello\"}]}]";
        Step read = json.readValue(older, STEPS).get(0);
        assertEquals(StepCondition.scoreAbove(50), read.condition());
    }
}

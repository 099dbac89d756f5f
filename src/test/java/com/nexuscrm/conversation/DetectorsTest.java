package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Speaker;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word-pattern detectors, one rep line each. */
class DetectorsTest {
    private static final CallAnalyzer ANALYZER = new CallAnalyzer();

    private static CallAnalysis rep(String line, AnalysisSettings settings) {
        return ANALYZER.analyze(new CallScript().say(Speaker.REP, 0, line).stereo(30), settings);
    }

    private static List<String> labels(List<Finding> findings) {
        return findings.stream().map(Finding::label).toList();
    }

    @Test
    void competitorsMatchAcrossWordBoundariesButNotCommonWords() {
        AnalysisSettings s = AnalysisSettings.defaults();
        assertEquals(List.of("Salesforce", "Pipedrive", "Gong"),
                labels(rep("we moved off sales force and pipe drive and now gong", s).competitors()));
        assertEquals(List.of("HubSpot"), labels(rep("their hubspots setup", s).competitors()));
        assertTrue(rep("we are going to close the deal on monday", s).competitors().isEmpty());
        assertEquals(List.of("Acme CRM"),
                labels(rep("we tried acme c r m", s.withCompetitors(List.of("Acme CRM"))).competitors()));
    }

    @Test
    void fillersNeedTheirContext() {
        assertEquals(List.of("like", "um", "kind of", "you know"),
                labels(rep("it was like um kind of slow you know", AnalysisSettings.defaults()).fillers()));
        assertTrue(rep("i would like to know what kind of tools do you know", AnalysisSettings.defaults()).fillers().isEmpty());
    }

    @Test
    void actionItemsWithAndWithoutDueDates() {
        List<ActionItem> items = rep("let's schedule a follow up for next tuesday and i will send the deck",
                AnalysisSettings.defaults()).actionItems();
        assertEquals(2, items.size());
        assertEquals("let's schedule a follow up for next tuesday", items.get(0).evidence().quote());
        assertEquals("next tuesday", items.get(0).due());
        assertEquals("i will send the deck", items.get(1).evidence().quote());
        assertEquals(null, items.get(1).due());
    }

    @Test
    void trackersMatchTheirPhrasesWithAlternatives() {
        AnalysisSettings s = AnalysisSettings.defaults().withTrackers(Map.of("Security", List.of("{sso|single sign on}")));
        CallAnalysis call = rep("do you support single sign on and sso", s);
        assertEquals(List.of("Security", "Security"), labels(call.trackerHits()));
        assertEquals(CallScript.at(0, 3), call.trackerHits().get(0).evidence().start(), 1e-9);
        assertEquals("single sign on", call.trackerHits().get(0).evidence().quote());
    }

    @Test
    void sentimentRulesHandleNegationIntensityAndContrast() {
        SentimentScorer rules = new RuleBasedSentiment(SentimentLexicon.standard());
        SentimentScorer plain = new PlainLexiconSentiment(SentimentLexicon.standard());
        assertTrue(rules.score(Tokens.of("This is not good.")) < 0);
        assertEquals(1.0, plain.score(Tokens.of("This is not good.")));
        assertTrue(rules.score(Tokens.of("I don't like it")) < 0);
        assertTrue(rules.score(Tokens.of("very good")) > rules.score(Tokens.of("good")));
        assertEquals(0.0, rules.score(Tokens.of("it's like a tool")), "like as a filler carries no sentiment");
        assertTrue(rules.score(Tokens.of("the demo was good but the price is terrible")) < 0);
        assertTrue(rules.score(Tokens.of("the price is high but the demo was great")) > 0);
        assertTrue(rules.score(Tokens.of("no problem at all")) > 0);
        double s = rules.score(Tokens.of("absolutely amazing excellent perfect wonderful"));
        assertTrue(s > 0.9 && s < 1, "squashed into (-1, 1): " + s);
    }
}

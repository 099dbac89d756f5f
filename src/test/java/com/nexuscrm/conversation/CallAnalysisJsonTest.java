package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.DealCallSummary;
import com.nexuscrm.domain.call.Transcript;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallAnalysisJsonTest {
    @Test
    void transcriptAnalysisAndSummaryRoundTrip() {
        Transcript transcript = CallScript.discoveryCall().stereo(60);
        CallAnalysis analysis = new CallAnalyzer().analyze(transcript, AnalysisSettings.defaults());
        CallAnalysis mono = new CallAnalyzer().analyze(CallScript.discoveryCall().mono(60), AnalysisSettings.defaults());
        DealCallSummary summary = DealCallSummary.of(analysis, Instant.parse("2026-03-02T10:15:30Z"));

        assertEquals(transcript, CallAnalysisJson.readTranscript(CallAnalysisJson.write(transcript)));
        assertEquals(analysis, CallAnalysisJson.readAnalysis(CallAnalysisJson.write(analysis)));
        assertEquals(mono, CallAnalysisJson.readAnalysis(CallAnalysisJson.write(mono)));
        String json = CallAnalysisJson.write(summary);
        assertEquals(summary, CallAnalysisJson.readSummary(json));
        assertFalse(CallAnalysisJson.write(transcript).contains("utterances"), "derived views are not stored");
        assertEquals(List.of("price", "competitor"), summary.objections());
        assertEquals(List.of("HubSpot"), summary.competitors());
        assertEquals(List.of("has budget", "asks for the contract"), summary.buyingSignals());
        assertEquals(analysis.side(analysis.customerSide()).orElseThrow().sentiment(), summary.sentiment());
    }

    @Test
    void theCustomersSentimentIsReadAloneAsTheWholeAnalysisGivesIt() {
        CallAnalysis stereo = new CallAnalyzer().analyze(CallScript.discoveryCall().stereo(60), AnalysisSettings.defaults());
        CallAnalysis mono = new CallAnalyzer().analyze(CallScript.discoveryCall().mono(60), AnalysisSettings.defaults());
        for (CallAnalysis a : List.of(stereo, mono)) {
            Double whole = a.side(a.customerSide()).map(com.nexuscrm.domain.call.SideMetrics::sentiment).orElse(null);
            assertEquals(whole, CallAnalysisJson.customerSentiment(CallAnalysisJson.write(a)));
        }
        assertEquals(null, CallAnalysisJson.customerSentiment("{\"stereo\":true,\"sides\":[]}"), "no customer side");
        assertThrows(IllegalArgumentException.class, () -> CallAnalysisJson.customerSentiment("{"));
    }

    @Test
    void malformedJsonIsRefusedWithTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CallAnalysisJson.readAnalysis("{"));
        assertEquals(true, e.getMessage().startsWith("Not a valid CallAnalysis JSON"));
    }
}

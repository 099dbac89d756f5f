package com.nexuscrm.sample;

import com.nexuscrm.conversation.AnalysisSettings;
import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.conversation.CallAnalyzer;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Transcript;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CallScriptTimingProbe {
    @Test
    void probe() {
        Draws draws = new Draws(new Random(1));
        SpokenTiming timing = new SpokenTiming(draws);
        CallAnalyzer analyzer = new CallAnalyzer();
        AnalysisSettings settings = AnalysisSettings.defaults();
        long script = 0, analyse = 0, json = 0;
        int words = 0, jsonChars = 0;
        for (int i = 0; i < 300; i++) {
            long t0 = System.nanoTime();
            CallStyle style = CallStyle.of(0.3 * draws.gaussian(), draws.gaussian());
            Transcript t = timing.time(CallScript.write(style, CallScript.Fate.OPEN, draws), style.patienceSeconds());
            long t1 = System.nanoTime();
            CallAnalysis a = analyzer.analyze(t, settings);
            long t2 = System.nanoTime();
            String j = CallAnalysisJson.write(a) + CallAnalysisJson.write(t);
            long t3 = System.nanoTime();
            script += t1 - t0; analyse += t2 - t1; json += t3 - t2; words += t.words().size(); jsonChars += j.length();
        }
        System.out.printf("script %d ms, analyse %d ms, json %d ms, words/call %d, json chars/call %d%n",
                script / 1_000_000, analyse / 1_000_000, json / 1_000_000, words / 300, jsonChars / 300);
    }
}

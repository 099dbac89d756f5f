package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SentimentEvaluationTest {
    private static final Path DATA = Path.of("..", "shared", "data", "sentiment-labelled-sentences-uci");

    @Test
    void rulesBeatThePlainLexiconOnTheUciSentences() {
        assumeTrue(Files.isDirectory(DATA), "the UCI sentences are not beside the project");
        SentimentEvaluation.Result result = SentimentEvaluation.run(DATA);
        result.print(System.out);
        assertEquals(19, result.duplicateSentences());
        assertEquals(21, result.copiesRemoved());
        assertEquals(2979, result.sentences());
        assertTrue(result.rules().overall() > result.plain().overall(),
                () -> "rules " + result.rules().overall() + " vs plain " + result.plain().overall());
    }
}

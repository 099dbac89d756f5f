package com.nexuscrm.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the labelled sets, and the network against its baselines on a few hundred real rows. */
class SentimentEvaluationTest {
    private static final Path UCI = Path.of("..", "shared", "data", "sentiment-labelled-sentences-uci");
    private static final Path GO = Path.of("..", "shared", "data", "goemotions-sentiment");

    @Test
    void uciSentencesLoseTheirRepeatsAndSplitByClass() {
        assumeTrue(Files.isDirectory(UCI), "the UCI sentences are not beside the project (../shared/data)");
        SentimentCorpus.UciSplit split = SentimentCorpus.uci(UCI);
        assertEquals(19, split.repeated());
        assertEquals(21, split.copiesRemoved());
        assertEquals(2979, split.sentences());
        assertEquals(split.sentences(), split.train().size() + split.test().size());
        long positives = split.test().stream().filter(e -> e.label() == Polarity.POSITIVE).count();
        assertEquals(split.test().size() / 2.0, positives, 1.0, "stratified: half of the test part is positive");
        assertEquals(split.test(), SentimentCorpus.uci(UCI).test(), "the split is fixed by its seed");
    }

    @Test
    void goEmotionsMapsToThreeClassesAndLeavesOutMixedExamples() {
        assumeTrue(Files.isDirectory(GO), "GoEmotions is not beside the project (../shared/data)");
        SentimentCorpus.Labelled test = SentimentCorpus.goEmotions(GO, "test");
        assertEquals(5427, test.examples().size() + test.leftOut());
        assertEquals(78, test.leftOut(), "examples with positive and negative emotions");
        Map<Polarity, Integer> counts = test.counts();
        assertTrue(counts.get(Polarity.NEUTRAL) > counts.get(Polarity.NEGATIVE), counts.toString());
        assertTrue(counts.get(Polarity.POSITIVE) > counts.get(Polarity.NEGATIVE), counts.toString());
    }

    @Test
    void theNetworkBeatsTheLexiconsAndTheMajorityOnAFewHundredRealSentences() {
        assumeTrue(Files.isDirectory(GO) && Files.isDirectory(UCI), "the datasets are not beside the project (../shared/data)");
        LearnedSentiment model = LearnedSentiment.standard();
        List<SentimentCorpus.Example> go = SentimentCorpus.goEmotions(GO, "test").examples().subList(0, 400);
        SentimentEvaluation.Report report = SentimentEvaluation.evaluate("GoEmotions test, first 400", new SentimentCorpus.Labelled(go, 0, ""),
                model, SentimentCorpus.goEmotions(GO, "dev").examples(), "GoEmotions dev");
        report.print(System.out);
        assertEquals(3, report.classes().size());
        assertEquals(List.of("Old lexicon (rules)", "VADER-style lexicon", "Plain lexicon", "Majority class"),
                report.baselines().stream().map(SentimentEvaluation.Row::name).toList());
        assertEquals(List.of(), report.notBeaten());

        SentimentCorpus.UciSplit split = SentimentCorpus.uci(UCI);
        List<SentimentCorpus.Example> uci = new java.util.ArrayList<>();
        for (Polarity p : List.of(Polarity.NEGATIVE, Polarity.POSITIVE)) {
            uci.addAll(split.test().stream().filter(e -> e.label() == p).limit(150).toList());
        }
        SentimentEvaluation.Report binary = SentimentEvaluation.evaluate("UCI test, 150 of each class", new SentimentCorpus.Labelled(uci, 0, ""),
                model, split.train(), "the UCI 80%");
        binary.print(System.out);
        assertEquals(2, binary.classes().size());
        assertTrue(binary.model().metrics().accuracy() >= 0.8, () -> "accuracy " + binary.model().metrics().accuracy());
    }

    @Test
    void anyLabelledCsvWithAMap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("calls.csv");
        Files.writeString(file, "id,utterance,tone\n1,\"this is great, thanks\",good\n2,the price is terrible,bad\n"
                + "3,we meet on tuesday,meh\n4,,bad\n");
        SentimentCorpus.Labelled data = SentimentCorpus.csv(file, "utterance", "tone", SentimentCorpus.labelMap("pos=good,neg=bad|awful,neu=meh"));
        assertEquals(List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL),
                data.examples().stream().map(SentimentCorpus.Example::label).toList());
        assertEquals("this is great, thanks", data.examples().get(0).text());
        assertEquals(1, data.leftOut(), "the row without a sentence");

        IllegalArgumentException unmapped = assertThrows(IllegalArgumentException.class,
                () -> SentimentCorpus.csv(file, "utterance", "tone", SentimentCorpus.labelMap("pos=good,neg=bad")));
        assertTrue(unmapped.getMessage().contains("line 4") && unmapped.getMessage().contains("'meh'"), unmapped.getMessage());
        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> SentimentCorpus.csv(file, "text", "tone", SentimentCorpus.labelMap(null)));
        assertTrue(column.getMessage().contains("no column 'text'") && column.getMessage().contains("utterance"), column.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SentimentCorpus.labelMap("good=1"));
    }
}

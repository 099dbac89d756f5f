package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.ReplyIntent;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The campaign reply classifier on the training file only (the held-out file is for {@code nexus eval replies}
 * alone): cross-validated figures well above both baselines, the shipped model, e-mail reading (quotes, addresses),
 * and bad input refused by file and line.
 */
class ReplyClassifierTest {
    static final Path TRAIN = Path.of("src/test/resources/replies/replies-train.tsv");
    @TempDir Path dir;

    @Test
    void crossValidatedMacroF1IsWellAboveTheBaselines() {
        List<LabelledReplies.Labelled> train = LabelledReplies.read(TRAIN);
        assertEquals(420, train.size());
        ReplyEvaluation.Figures cv = ReplyEvaluation.crossValidate(train, ReplyClassifier.SEED);
        ReplyMetrics model = cv.model();
        ReplyMetrics rules = cv.baseline(ReplyEvaluation.KEYWORDS);
        ReplyMetrics majority = cv.baseline(ReplyEvaluation.MAJORITY);
        String figures = String.format("model %.3f, rules %.3f, majority %.3f (macro F1); model accuracy %.3f",
                model.macroF1(), rules.macroF1(), majority.macroF1(), model.accuracy());
        System.out.println("Reply classifier, 5-fold cross-validation on the training file: " + figures);
        assertTrue(model.macroF1() >= 0.8, figures);
        assertTrue(model.macroF1() >= rules.macroF1() + 0.1, figures);
        assertTrue(model.macroF1() >= majority.macroF1() + 0.5, figures);
        for (ReplyIntent intent : ReplyIntent.values()) {
            assertTrue(model.of(intent).recall() >= 0.6, intent + ": " + model.of(intent));
        }
    }

    @Test
    void theShippedModelIsTrainedFromACopyOfTheTrainingFileAndQuickly() throws Exception {
        try (InputStream shipped = ReplyClassifier.class.getResourceAsStream(ReplyClassifier.RESOURCE)) {
            assertEquals(Files.readString(TRAIN), new String(shipped.readAllBytes(), StandardCharsets.UTF_8),
                    "src/main/resources" + ReplyClassifier.RESOURCE + " is a copy of " + TRAIN);
        }
        long started = System.nanoTime();
        ReplyClassifier model = ReplyClassifier.shipped();
        double seconds = (System.nanoTime() - started) / 1e9;
        assertEquals(420, model.examples());
        assertTrue(seconds < 2, "trained at first use in " + seconds + " s (well under 1 s on an idle machine; the margin is for a busy one)");
        assertEquals(ReplyIntent.UNSUBSCRIBE, model.classify("Please take me off this list.").intent());
        ReplyClassifier.Prediction p = model.classify("I'm out of the office until 12 March with no access to email.");
        assertEquals(ReplyIntent.OUT_OF_OFFICE, p.intent(), p.toString());
        assertEquals(1, p.probabilities().values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(ReplyIntent.REFERRAL, model.classify("I'm not the right person, try anna.berg@example.org.").intent());
    }

    @Test
    void quotedTextAndTheQuoteHeaderAreNotRead() {
        String reply = "Does it work with Outlook?\n\nOn Mon, 3 May 2027 at 09:12, Sam Rep <sam@nexus.example> wrote:\n"
                + "> Hi Ann, would you like a demo? Reply STOP to unsubscribe.\n> Best, Sam";
        assertEquals("Does it work with Outlook?", ReplyText.written(reply));
        assertEquals("Yes, let's talk.", ReplyText.written("> unsubscribe me\nYes, let's talk.\n-- \nAnn Lee, CFO"));
        assertEquals(List.of("write", "to", ReplyText.EMAIL, "on", "the", ReplyText.NUMBER),
                ReplyText.words("Write to ann.lee@acme.co.uk on the 3rd"));
        assertEquals(ReplyIntent.QUESTION, ReplyClassifier.shipped().classify(reply).intent());
        assertEquals(ReplyIntent.QUESTION, ReplyKeywordRules.classify(reply), "the rules read the written part too");
    }

    @Test
    void aLineWithoutATabOrWithAnUnknownLabelIsRefusedByFileAndLine() throws Exception {
        Path noTab = Files.writeString(dir.resolve("no-tab.tsv"), "# replies\ninterested\tYes please.\nunsubscribe remove me\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelledReplies.read(noTab));
        assertTrue(e.getMessage().contains("no-tab.tsv line 3") && e.getMessage().contains("found no tab"), e.getMessage());

        Path unknown = Files.writeString(dir.resolve("unknown.tsv"), "interested\tYes please.\nmaybe\tPerhaps later.\n");
        e = assertThrows(IllegalArgumentException.class, () -> LabelledReplies.read(unknown));
        assertTrue(e.getMessage().contains("unknown.tsv line 2") && e.getMessage().contains("unknown label 'maybe'")
                && e.getMessage().contains("not_now"), e.getMessage());

        Path empty = Files.writeString(dir.resolve("empty.tsv"), "question\t ?! \n");
        e = assertThrows(IllegalArgumentException.class, () -> LabelledReplies.read(empty));
        assertTrue(e.getMessage().contains("empty.tsv line 1") && e.getMessage().contains("no words"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> LabelledReplies.read(dir.resolve("missing.tsv")));
        assertTrue(e.getMessage().contains("missing.tsv"), e.getMessage());
    }

    @Test
    void labelsAreReadInAnyCase() {
        assertEquals(ReplyIntent.NOT_NOW, ReplyIntent.of(" Not-Now "));
        assertEquals(ReplyIntent.OUT_OF_OFFICE, ReplyIntent.of("out of office"));
        assertEquals(null, ReplyIntent.of("later"));
    }
}

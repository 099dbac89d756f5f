package com.nexuscrm.cli;

import com.nexuscrm.conversation.LabelledUtterances;
import com.nexuscrm.conversation.UtteranceClassifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus train calls}: the call-findings utterance classifier from a labelled utterance file. */
@Command(name = "calls", description = {"Trains the call-findings classifier (objections, buying signals, next steps).",
        "Run from the project folder to rebuild the shipped model: nexus train calls"})
final class TrainCallsCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "src/test/resources/calls/findings-train.tsv",
            description = "Labelled utterances, 'label<TAB>utterance' per line (default ${DEFAULT-VALUE})") Path data;
    @Option(names = "--out", defaultValue = "models/call-findings",
            description = "Folder to write model.json into (default ${DEFAULT-VALUE})") Path out;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of the training shuffle (default ${DEFAULT-VALUE})") long seed;

    @Override
    public Integer call() throws IOException {
        List<LabelledUtterances.Labelled> labelled = LabelledUtterances.read(data);
        UtteranceClassifier model = UtteranceClassifier.train(labelled, seed, data.getFileName().toString());
        Files.createDirectories(out);
        model.write(out.resolve("model.json"));
        System.out.printf("Trained on %d utterances from %s (seed %d): %d features; threshold %.2f by %s; wrote %s%n",
                labelled.size(), data, seed, model.features(), model.threshold(), model.thresholdChosenBy(), out.resolve("model.json"));
        return 0;
    }
}

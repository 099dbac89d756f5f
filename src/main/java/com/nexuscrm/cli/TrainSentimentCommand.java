package com.nexuscrm.cli;

import com.nexuscrm.conversation.LearnedSentiment;
import com.nexuscrm.conversation.SentimentTrainer;
import com.nexuscrm.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus train sentiment}: the call-sentiment network from GoEmotions and the UCI sentences. */
@Command(name = "sentiment", description = {"Trains the call-sentiment network (negative / neutral / positive) on GoEmotions'"
        + " train split and the UCI sentences' 80%%, selecting the epoch on GoEmotions dev and a UCI validation slice.",
        "  The shipped model was made with: nexus train sentiment --out models/sentiment-default"})
final class TrainSentimentCommand implements Callable<Integer> {
    @Option(names = "--goemotions", defaultValue = "../shared/data/goemotions-sentiment",
            description = "GoEmotions folder (train.tsv, dev.tsv, emotions.txt, sentiment_dict.json; default ${DEFAULT-VALUE})") Path goEmotions;
    @Option(names = "--uci", defaultValue = "../shared/data/sentiment-labelled-sentences-uci",
            description = "UCI sentiment-labelled sentences folder (default ${DEFAULT-VALUE})") Path uci;
    @Option(names = "--out", required = true, description = "Model folder to write (network.zip, card.json)") Path out;
    @Option(names = "--seed", defaultValue = "20261207", description = "Random seed (default ${DEFAULT-VALUE})") long seed;

    @Override
    public Integer call() throws Exception {
        SentimentTrainer.Data data = SentimentTrainer.Data.standard(goEmotions, uci);
        System.out.printf("Training on %,d GoEmotions and %,d UCI sentences; selecting on %,d GoEmotions dev and %,d UCI"
                + " validation sentences%n", data.goTrain().size(), data.uciTrain().size(), data.goDev().size(), data.uciValidation().size());
        LearnedSentiment model = new SentimentTrainer(Clock.systemUTC(), seed).train(data,
                out.getFileName().toString(), new ConsoleProgress(System.err));
        model.save(out);
        System.out.println(Json.indented().writeValueAsString(model.card()));
        System.out.println("Model written to " + out.toAbsolutePath());
        return 0;
    }
}

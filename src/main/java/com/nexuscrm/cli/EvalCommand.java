package com.nexuscrm.cli;

import com.nexuscrm.speech.SpeechModels;
import com.nexuscrm.speech.TranscriptionEvaluation;
import com.nexuscrm.speech.VoskModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code nexus eval ...}: models measured on held-out data ({@link EvalLeadsCommand} for leads). */
@Command(name = "eval", description = "Evaluates models on held-out data.", subcommands = {EvalLeadsCommand.class, EvalDealsCommand.class, EvalChurnCommand.class, EvalCommand.Transcription.class, EvalSentimentCommand.class, EvalCallsCommand.class, EvalRepliesCommand.class})
final class EvalCommand {
    @Command(name = "transcription", description = "Word error rate of the transcription pipeline and of a bare Vosk loop on the same clips.")
    static final class Transcription implements Callable<Integer> {
        @Option(names = "--manifest", defaultValue = "../shared/data/speech-wer/manifest.tsv",
                description = "Tab-separated clip list with normalised references (default ${DEFAULT-VALUE})") Path manifest;
        @Option(names = "--model", description = "Vosk model folder (default: the built-in models/vosk-model-en-us)") Path model;

        @Override
        public Integer call() {
            try (VoskModel vosk = VoskModel.load(model == null ? SpeechModels.defaultModel() : model)) {
                TranscriptionEvaluation.Result r = TranscriptionEvaluation.run(vosk, manifest,
                        Runtime.getRuntime().availableProcessors(), new ConsoleProgress(System.err));
                r.print(System.out);
                return r.pipelineWer() - r.bareWer() <= 0.5 ? 0 : 1;
            }
        }
    }
}

package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.Finding;
import com.nexuscrm.domain.call.Interactivity;
import com.nexuscrm.domain.call.NotComputed;
import com.nexuscrm.domain.call.Patience;
import com.nexuscrm.domain.call.ObjectionHandling;
import com.nexuscrm.domain.call.SideMetrics;
import com.nexuscrm.domain.call.Speaker;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.domain.call.Utterance;
import com.nexuscrm.domain.call.UtteranceSentiment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Analyses a call transcript: talk figures, questions, fillers, sentiment, topics, objections, competitors, buying
 * signals, action items and trackers, each finding with its evidence. Pure Java and stateless after construction,
 * so one analyzer may serve several threads. Objections and buying signals are taken from the customer's side
 * only; in a mono recording from everyone, and the metrics that need sides are listed as not computed.
 */
public final class CallAnalyzer {
    private final SentimentScorer sentiment;
    private final PhraseMatcher topics = PhraseMatcher.resource("topics.txt");
    private final PhraseMatcher objections = PhraseMatcher.resource("objections.txt");
    private final PhraseMatcher buyingSignals = PhraseMatcher.resource("buying-signals.txt");
    private final Set<String> commonWords = commonWords();
    private final UtteranceFindings findings;

    /**
     * An analyzer with the shipped sentiment network ({@link LearnedSentiment#standard()}), loaded when the first
     * call is analysed rather than here (a workspace builds its analyzer as it opens); the rule-based lexicon
     * stands in when the network cannot be loaded on this machine (logged; the rest of the analysis needs no ND4J).
     * Objections, buying signals and next steps come from the phrase patterns and the shipped
     * {@link UtteranceClassifier} together ({@link UtteranceFindings}).
     */
    public CallAnalyzer() {
        this(new ShippedSentiment());
    }

    private static final class ShippedSentiment implements SentimentScorer {
        private SentimentScorer scorer;

        private synchronized SentimentScorer scorer() {
            if (scorer == null) {
                try {
                    scorer = LearnedSentiment.standard();
                } catch (RuntimeException e) {
                    LoggerFactory.getLogger(CallAnalyzer.class).error(
                            "The sentiment network could not be loaded; call sentiment uses the rule-based lexicon", e);
                    scorer = new RuleBasedSentiment(SentimentLexicon.standard());
                }
            }
            return scorer;
        }

        @Override
        public double score(List<String> words) {
            return scorer().score(words);
        }

        @Override
        public double[] scoreAll(List<List<String>> utterances) {
            return scorer().scoreAll(utterances);
        }
    }

    /** An analyzer with {@code sentiment} and the shipped findings classifier beside the patterns. */
    public CallAnalyzer(SentimentScorer sentiment) {
        this(sentiment, UtteranceClassifier.shipped());
    }

    /** With {@code findingsModel} null, objections, buying signals and next steps come from the patterns alone. */
    CallAnalyzer(SentimentScorer sentiment, UtteranceClassifier findingsModel) {
        this.sentiment = sentiment;
        this.findings = new UtteranceFindings(findingsModel, objections, buyingSignals);
    }

    /** Analyses {@code transcript} with the competitors and trackers of {@code settings}; next steps keep their due phrases but get no dates. */
    public CallAnalysis analyze(Transcript transcript, AnalysisSettings settings) {
        return analyze(transcript, settings, null);
    }

    /**
     * Analyses {@code transcript} with the competitors and trackers of {@code settings}; next steps' due phrases
     * ("by tuesday", "on the fifteenth") get dates counted from {@code callDate} when it is given.
     */
    public CallAnalysis analyze(Transcript transcript, AnalysisSettings settings, LocalDate callDate) {
        List<Utterance> utterances = transcript.utterances();
        double duration = duration(transcript);
        boolean stereo = transcript.stereo();
        List<Speaker> sides = stereo ? List.of(Speaker.REP, Speaker.CUSTOMER) : List.of(Speaker.UNKNOWN);
        Speaker customer = stereo ? Speaker.CUSTOMER : Speaker.UNKNOWN;
        List<Utterance> customerSide = utterances.stream().filter(u -> u.speaker() == customer).toList();

        TalkMetrics talk = new TalkMetrics(utterances);
        List<Finding> fillers = new FillerDetector().find(utterances);
        List<UtteranceSentiment> scored = new SentimentTimeline(sentiment).score(utterances);
        List<Finding> objectionHits = findings.objections(customerSide);
        List<NotComputed> notComputed = new ArrayList<>();
        Interactivity interactivity = stereo ? talk.interactivity(duration) : null;
        Patience patience = stereo ? talk.patience() : null;
        if (!stereo) {
            notComputed.addAll(MonoLimits.NOT_COMPUTED);
        } else if (patience == null) {
            notComputed.add(new NotComputed("patience", "the rep never spoke right after the customer"));
        }
        ObjectionHandling handling = stereo ? ObjectionHandlingScore.of(objectionHits, scored, customer) : null;
        if (stereo && handling == null) {
            notComputed.add(new NotComputed("objection handling",
                    "no customer objection had customer utterances both before and after it"));
        }
        List<SideMetrics> sideMetrics = sides.stream()
                .map(side -> side(side, talk, fillers, scored, stereo)).toList();
        return new CallAnalysis(duration, stereo, sideMetrics, interactivity, patience,
                new QuestionDetector().find(utterances), fillers, scored,
                sides.stream().map(side -> SentimentTimeline.trend(side, scored, duration)).toList(),
                topics.find(utterances), objectionHits, handling,
                new CompetitorMatcher(settings.competitors(), commonWords).find(utterances),
                findings.buyingSignals(customerSide), findings.nextSteps(utterances, callDate),
                new PhraseMatcher(settings.trackers()).find(utterances), notComputed);
    }

    private static SideMetrics side(Speaker side, TalkMetrics talk, List<Finding> fillers,
                                    List<UtteranceSentiment> scored, boolean stereo) {
        double seconds = talk.talkSeconds(side);
        double minutes = seconds / 60;
        double total = stereo ? talk.talkSeconds(Speaker.REP) + talk.talkSeconds(Speaker.CUSTOMER) : 0;
        int words = talk.words(side);
        int fillerCount = (int) fillers.stream().filter(f -> f.evidence().speaker() == side).count();
        List<UtteranceSentiment> own = scored.stream().filter(s -> s.evidence().speaker() == side).toList();
        return new SideMetrics(side, seconds, stereo ? (total > 0 ? seconds / total : 0) : null,
                stereo ? talk.longestMonologue(side) : null, words, minutes > 0 ? words / minutes : 0,
                fillerCount, minutes > 0 ? fillerCount / minutes : 0, SentimentTimeline.weightedMean(own));
    }

    private static double duration(Transcript t) {
        double lastWord = t.words().isEmpty() ? 0 : t.words().get(t.words().size() - 1).end();
        return Math.max(t.durationSeconds(), lastWord);
    }

    static Set<String> commonWords() {
        return ResourceLines.read("common-words.txt").stream()
                .flatMap(line -> Arrays.stream(line.text().split("\\s+")))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What a mono recording cannot give, and why. */
    private static final class MonoLimits {
        static final String WHY = "mono recording: one channel, so the rep and the customer cannot be told apart";
        static final List<NotComputed> NOT_COMPUTED = List.of(
                new NotComputed("talk ratio per side", WHY),
                new NotComputed("longest monologue per side", WHY),
                new NotComputed("interactivity", WHY),
                new NotComputed("patience", WHY),
                new NotComputed("questions by rep and customer", WHY + "; questions are listed for the whole call"),
                new NotComputed("discovery questions", WHY + "; discovery questions are the rep's"),
                new NotComputed("sentiment per side", WHY + "; sentiment is given for the whole call"),
                new NotComputed("objection handling", WHY),
                new NotComputed("objections and buying signals by the customer", WHY + "; they are matched in everyone's words"));
    }
}

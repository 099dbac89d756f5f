package com.nexuscrm.domain.call;

import java.util.List;
import java.util.Optional;

/**
 * Everything the analysis found in one call; every finding carries its {@link Evidence}.
 *
 * @param sides              per side: REP and CUSTOMER for stereo, one UNKNOWN entry for mono
 * @param interactivity      {@code null} when not computed (see {@code notComputed})
 * @param patience           {@code null} when not computed
 * @param fillers            each filler word said, labelled with the filler ("um", "you know" ...)
 * @param sentiment          per utterance, in time order
 * @param sentimentTrends    per side (one UNKNOWN entry for mono)
 * @param topics             labelled pricing, timeline, integration, security, implementation, support, contract ...
 * @param objections         labelled price, budget, timing, authority, need, competitor, security, contract
 * @param objectionHandling  {@code null} when no objection could be scored
 * @param competitors        labelled with the competitor's name as configured
 * @param buyingSignals      labelled with the kind of signal ("buying signal" when said in other words than the patterns)
 * @param trackerHits        labelled with the tracker's name
 * @param notComputed        metrics this call could not give, with reasons
 */
public record CallAnalysis(double durationSeconds, boolean stereo, List<SideMetrics> sides, Interactivity interactivity,
                           Patience patience, List<Question> questions, List<Finding> fillers,
                           List<UtteranceSentiment> sentiment, List<SentimentTrend> sentimentTrends,
                           List<Finding> topics, List<Finding> objections, ObjectionHandling objectionHandling,
                           List<Finding> competitors, List<Finding> buyingSignals, List<ActionItem> actionItems,
                           List<Finding> trackerHits, List<NotComputed> notComputed) {
    public CallAnalysis {
        sides = List.copyOf(sides);
        questions = List.copyOf(questions);
        fillers = List.copyOf(fillers);
        sentiment = List.copyOf(sentiment);
        sentimentTrends = List.copyOf(sentimentTrends);
        topics = List.copyOf(topics);
        objections = List.copyOf(objections);
        competitors = List.copyOf(competitors);
        buyingSignals = List.copyOf(buyingSignals);
        actionItems = List.copyOf(actionItems);
        trackerHits = List.copyOf(trackerHits);
        notComputed = List.copyOf(notComputed);
    }

    /** The figures of one side, if the recording has it. */
    public Optional<SideMetrics> side(Speaker speaker) {
        return sides.stream().filter(s -> s.speaker() == speaker).findFirst();
    }

    /** The trend of one side, if the recording has it. */
    public Optional<SentimentTrend> trend(Speaker speaker) {
        return sentimentTrends.stream().filter(s -> s.speaker() == speaker).findFirst();
    }

    /** Questions asked by one side. */
    public List<Question> questionsBy(Speaker speaker) {
        return questions.stream().filter(q -> q.evidence().speaker() == speaker).toList();
    }

    /** The rep's discovery questions. */
    public List<Question> discoveryQuestions() {
        return questions.stream().filter(Question::discovery).toList();
    }

    /** The side whose mood is the customer's: CUSTOMER in stereo, the single UNKNOWN side in mono. */
    public Speaker customerSide() {
        return stereo ? Speaker.CUSTOMER : Speaker.UNKNOWN;
    }
}

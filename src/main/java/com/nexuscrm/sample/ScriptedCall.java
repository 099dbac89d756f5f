package com.nexuscrm.sample;

import com.nexuscrm.domain.call.Speaker;
import java.util.List;

/**
 * A call as scripted: the turns in order, and what the script put in, for checking the analysis against it.
 *
 * @param objections   objection labels in the order they were raised
 * @param competitors  the competitors named, as the analyzer names them
 * @param signals      buying signal labels in the order they were said
 * @param nextStep     whether the rep closed on a next step
 * @param discovery    discovery questions the rep asked
 */
record ScriptedCall(List<Turn> turns, List<String> objections, List<String> competitors, List<String> signals,
                    boolean nextStep, int discovery) {

    /** One side speaking without interruption: sentences separated by short pauses. */
    record Turn(Speaker speaker, List<String> sentences) { }
}

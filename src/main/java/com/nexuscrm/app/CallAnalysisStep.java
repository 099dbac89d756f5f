package com.nexuscrm.app;

import com.nexuscrm.conversation.CallJobs;
import com.nexuscrm.storage.WorkspaceMeta;

/** The analysis that follows transcription, with the workspace's competitor list and trackers. */
final class CallAnalysisStep {
    private CallAnalysisStep() { }

    static CallJobs.Analyst forWorkspace(WorkspaceMeta meta) {
        return transcript -> {
            throw new UnsupportedOperationException("wired when the analysis engine lands");
        };
    }
}

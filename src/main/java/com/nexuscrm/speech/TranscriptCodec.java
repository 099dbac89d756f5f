package com.nexuscrm.speech;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON of the worker protocol between {@link TranscribeWorker} and {@link WorkerTranscriber} (the
 * stored form of transcripts is {@code conversation.CallAnalysisJson}; both are plain Jackson on the records).
 */
final class TranscriptCodec {
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TranscriptCodec() { }
}

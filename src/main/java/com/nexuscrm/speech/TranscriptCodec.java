package com.nexuscrm.speech;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.json.Json;

/**
 * The JSON of the worker protocol between {@link TranscribeWorker} and {@link WorkerTranscriber} (the
 * stored form of transcripts is {@code conversation.CallAnalysisJson}; both are plain Jackson on the records).
 */
final class TranscriptCodec {
    static final ObjectMapper JSON = Json.lenient();

    private TranscriptCodec() { }
}

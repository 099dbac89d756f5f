package com.nexuscrm.domain.call;

/**
 * One recognised word: lowercase, no punctuation (Vosk's output), with its start and end in seconds from the
 * start of the recording and the recogniser's confidence (0 to 1).
 */
public record SpokenWord(Speaker speaker, String text, double start, double end, double confidence) {
}

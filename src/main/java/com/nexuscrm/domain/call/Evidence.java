package com.nexuscrm.domain.call;

/**
 * Where a finding comes from: who said it, when (seconds from the start of the recording) and the words quoted.
 *
 * @param quote the recognised words, lowercase and without punctuation as the recogniser gave them
 */
public record Evidence(Speaker speaker, double start, double end, String quote) {
}

package com.nexuscrm.server;

import com.nexuscrm.protocol.Mutation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a pushed mutation said, as a SHA-256, so that a replay can be told from another request reusing
 * its id. An INSERT is identified by its type and record alone: the workstation sends the record as it
 * stands at push time, so a resend after a lost answer may carry later edits (which follow as their own
 * UPDATEs). An UPDATE or DELETE carries the values captured at the change, which never vary.
 */
final class MutationHash {
    private MutationHash() { }

    static String of(Mutation m) {
        StringBuilder content = new StringBuilder().append(m.op()).append('\n').append(m.entity()).append('\n')
                .append(m.recordId());
        if (!"INSERT".equals(m.op())) {
            content.append('\n').append(m.fields()).append('\n').append(m.baseValues()).append('\n').append(m.baseVersion());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}

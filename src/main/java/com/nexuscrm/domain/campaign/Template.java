package com.nexuscrm.domain.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One variant of a step's message: its label (A, B, ...), a subject (email only) and a body, both with
 * merge fields ({@link MergeFields}).
 */
public record Template(String variant, String subject, String body) {
    /** What is wrong with this variant for {@code channel}, each problem as a sentence without the step's name. */
    public List<String> problems(Channel channel) {
        List<String> problems = new ArrayList<>();
        if (variant == null || variant.isBlank() || variant.length() > 16) {
            problems.add("a variant needs a label of 1 to 16 characters (A, B, ...)");
        }
        if (channel == Channel.EMAIL && (subject == null || subject.isBlank())) {
            problems.add("an email needs a subject");
        }
        if (body == null || body.isBlank()) {
            problems.add("the message is empty");
        } else if (channel == Channel.SMS && body.length() > 1600) {
            problems.add("an SMS is at most 1600 characters, this one has " + body.length());
        }
        problems.addAll(MergeFields.problems(subject));
        problems.addAll(MergeFields.problems(body));
        return problems;
    }

    /** This variant filled in for one recipient. */
    public Rendered render(Map<String, String> values) {
        return new Rendered(MergeFields.render(subject, values), MergeFields.render(body, values));
    }

    /** A rendered subject and body. */
    public record Rendered(String subject, String body) { }
}

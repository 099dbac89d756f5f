package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.TaskPriority;

/** The task a recommendation proposes: what to do, due in how many days from now, how urgent. */
public record TaskDraft(String subject, int dueInDays, TaskPriority priority) {
    public TaskDraft {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("A task needs a subject.");
        }
        if (dueInDays < 0) {
            throw new IllegalArgumentException("A task cannot be due in the past: " + dueInDays + " days.");
        }
        priority = priority == null ? TaskPriority.NORMAL : priority;
    }
}

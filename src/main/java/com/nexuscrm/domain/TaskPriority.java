package com.nexuscrm.domain;

/** How urgent a task is; the Today queue lists high before normal before low within the same due day. */
public enum TaskPriority {
    HIGH("High"), NORMAL("Normal"), LOW("Low");

    private final String label;

    TaskPriority(String label) { this.label = label; }

    public String label() { return label; }
}

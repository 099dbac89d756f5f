package com.nexuscrm.sample;

import java.util.UUID;

/**
 * What {@link SampleWorkspace#generate} wrote, record type by record type ({@code calls}: the analysed call
 * recordings of the call history), and the user the workspace was set up for.
 */
public record SampleSummary(int teams, int users, int accounts, int contacts, int leads, int deals, int activities,
                            int tickets, int productUsage, int campaigns, int campaignSteps, int enrollments,
                            int touches, int documents, int calls, UUID currentUserId) {

    /** All records written. */
    public int total() {
        return teams + users + accounts + contacts + leads + deals + activities + tickets + productUsage + campaigns
                + campaignSteps + enrollments + touches + documents + calls;
    }
}

package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.transfer.CsvExporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit of every campaign send (compliance): each touch of each campaign with who it went to, on which channel and
 * address, its status (pending, sent, failed, cancelled...), failed attempts, when it was sent, its Message-ID or gateway sid
 * and the last error, as CSV ({@code nexus export touches FILE}). Campaign by campaign, then by enrolment and step.
 */
public final class CampaignAudit {
    public static final List<String> HEADER = List.of("campaign", "step", "variant", "channel", "person", "address",
            "status", "failedAttempts", "sentAt", "messageId", "lastError", "enrolmentId", "touchId");
    private final CampaignPorts ports;

    public CampaignAudit(CampaignPorts ports) {
        this.ports = ports;
    }

    /** One row per touch, in {@link #HEADER}'s order. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (CampaignPlan plan : ports.plans().all()) {
            Map<UUID, Enrolment> enrolments = ports.enrolments().forPlan(plan.id()).stream()
                    .collect(Collectors.toMap(Enrolment::id, Function.identity()));
            Map<PersonRef, String> names = ports.recipients().names(enrolments.values().stream().map(Enrolment::person).toList());
            ports.touches().forPlan(plan.id()).stream()
                    .sorted(Comparator.comparing(ScheduledTouch::enrolmentId).thenComparingInt(ScheduledTouch::stepIndex))
                    .forEach(t -> {
                        Enrolment e = enrolments.get(t.enrolmentId());
                        rows.add(Arrays.asList(plan.name(), String.valueOf(t.stepIndex() + 1), t.variant(),
                                t.channel().label(), e == null ? "" : names.getOrDefault(e.person(), e.person().id().toString()),
                                t.address(), t.status().name().toLowerCase(Locale.ROOT), String.valueOf(t.attempts()),
                                t.sentAt() == null ? "" : t.sentAt().toString(), t.messageId(), t.lastError(),
                                t.enrolmentId().toString(), t.id().toString()));
                    });
        }
        return rows;
    }

    /** Writes {@link #rows()} to {@code file} (formula-guarded unless {@code raw}); how many touches. */
    public int export(Path file, boolean raw) {
        List<List<String>> rows = rows();
        CsvExporter.exportTable(file, HEADER, rows, raw);
        return rows.size();
    }
}

package com.nexuscrm.usecase;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.FieldRules;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.ContactPolicy;
import com.nexuscrm.transfer.CsvFile;
import com.nexuscrm.transfer.ImportException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Campaign consent from a CSV file (a web form's or an event tool's export): each row names a person by email, a
 * channel, whether consent was given or withdrawn, its source and its date. The whole file or nothing: every row is
 * checked first (the person must be a lead or contact of the workspace; a shared address records it for each of
 * them), and one refused row leaves the file unrecorded, each refusal naming its line, field and value and what to do.
 * Columns (any order, any case): {@code email, channel, consent, source, date}.
 */
public final class ImportConsent {
    private static final List<String> COLUMNS = List.of("email", "channel", "consent", "source", "date");
    private static final int MAX_SOURCE = 200;

    /** One refused row: its line, the field, the value as written and what to do. */
    public record Refusal(int line, String field, String value, String problem) {
        public String text() {
            return "line " + line + ", " + field + (value == null ? "" : " '" + value + "'") + ": " + problem;
        }
    }

    /** What the import did: consents recorded for how many people, or nothing and why. */
    public record Result(int recorded, int people, List<Refusal> refused) {
        public String summary() {
            return refused.isEmpty() ? "recorded " + recorded + " consent " + (recorded == 1 ? "entry" : "entries")
                    + " for " + people + (people == 1 ? " person" : " people")
                    : "recorded nothing: " + rows() + (rows() == 1 ? " row was" : " rows were")
                    + " refused; fix them and import the file again";
        }

        private long rows() {
            return refused.stream().mapToInt(Refusal::line).distinct().count();
        }
    }

    private final Workspace workspace;
    private final ContactPolicy policy;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the zone a date without a time is read in (its start of day) */
    public ImportConsent(Workspace workspace, Clock clock, ZoneId zone) {
        this.workspace = workspace;
        this.policy = workspace.campaigns(clock, zone).policy();
        this.clock = clock;
        this.zone = zone;
    }

    /** @throws ImportException when the file cannot be read or lacks a column, naming the file and the column */
    public Result importFile(Path file) {
        Map<String, List<UUID>> people = peopleByEmail();
        List<Consent> consents = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        try (CsvFile csv = CsvFile.open(file)) {
            Map<String, Integer> at = columns(file, csv.headers());
            for (CsvFile.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.problem() != null) {
                    refused.add(new Refusal(row.line(), "row", null, row.problem() + "; fix the quoting or the commas"));
                    continue;
                }
                read(row, at, people, consents, refused);
            }
        } catch (IOException e) {
            throw new ImportException(file, "cannot be read (" + com.nexuscrm.domain.FileProblems.reason(e) + ")", e);
        }
        if (!refused.isEmpty()) {
            return new Result(0, 0, refused);
        }
        policy.recordConsents(consents);
        return new Result(consents.size(), (int) consents.stream().map(Consent::personId).distinct().count(), List.of());
    }

    private static Map<String, Integer> columns(Path file, List<String> headers) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            at.put(headers.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : COLUMNS) {
            if (!at.containsKey(column)) {
                throw new ImportException(file, "has no '" + column + "' column; a consent file needs the columns "
                        + String.join(", ", COLUMNS) + " (in any order)");
            }
        }
        return at;
    }

    private void read(CsvFile.Row row, Map<String, Integer> at, Map<String, List<UUID>> people, List<Consent> consents,
                      List<Refusal> refused) {
        int line = row.line();
        String email = row.values().get(at.get("email")).strip();
        String channelText = row.values().get(at.get("channel")).strip();
        String consentText = row.values().get(at.get("consent")).strip();
        String source = row.values().get(at.get("source")).strip();
        String dateText = row.values().get(at.get("date")).strip();
        int before = refused.size();
        List<UUID> who = people.getOrDefault(email.toLowerCase(Locale.ROOT), List.of());
        if (!FieldRules.isEmail(email)) {
            refused.add(new Refusal(line, "email", email, "is not an email address (expected name@company.com)"));
        } else if (who.isEmpty()) {
            refused.add(new Refusal(line, "email", email, "no lead or contact has this address; add the person first"));
        }
        Channel channel = channel(channelText);
        if (channel == null) {
            refused.add(new Refusal(line, "channel", channelText, "use email, sms, voice or linkedin"));
        }
        Boolean granted = granted(consentText);
        if (granted == null) {
            refused.add(new Refusal(line, "consent", consentText, "use yes (given) or no (withdrawn)"));
        }
        if (source.isEmpty() || source.length() > MAX_SOURCE) {
            refused.add(new Refusal(line, "source", source.isEmpty() ? null : source.substring(0, Math.min(40, source.length())),
                    source.isEmpty() ? "is empty; say where the consent came from (e.g. 'webinar form')"
                            : "is longer than " + MAX_SOURCE + " characters"));
        }
        Instant when = date(dateText);
        if (when == null) {
            refused.add(new Refusal(line, "date", dateText, "is not a date; use 2026-11-30 or 2026-11-30T14:05:00Z"));
        } else if (when.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            refused.add(new Refusal(line, "date", dateText, "is in the future; use the date the consent was given"));
        }
        if (refused.size() == before) {
            who.forEach(person -> consents.add(new Consent(person, channel, granted, source, when)));
        }
    }

    private Map<String, List<UUID>> peopleByEmail() {
        Map<String, List<UUID>> people = new HashMap<>();
        for (LeadRow lead : workspace.leads().inboxRows()) {
            add(people, lead.email(), lead.id());
        }
        for (Contact contact : workspace.repository(Contact.class).findAll()) {
            if (!contact.isDeleted()) {
                add(people, contact.getEmail(), contact.getId());
            }
        }
        return people;
    }

    private static void add(Map<String, List<UUID>> people, String email, UUID id) {
        if (email != null && !email.isBlank()) {
            people.computeIfAbsent(email.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(id);
        }
    }

    private static Channel channel(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "email", "e-mail" -> Channel.EMAIL;
            case "sms", "text" -> Channel.SMS;
            case "voice", "call", "phone" -> Channel.VOICE_TASK;
            case "linkedin" -> Channel.LINKEDIN_TASK;
            default -> null;
        };
    }

    private static Boolean granted(String text) {
        Set<String> yes = new HashSet<>(List.of("yes", "y", "true", "1", "granted", "given", "opt-in", "opted in"));
        Set<String> no = new HashSet<>(List.of("no", "n", "false", "0", "withdrawn", "opt-out", "opted out"));
        String t = text.toLowerCase(Locale.ROOT);
        return yes.contains(t) ? Boolean.TRUE : no.contains(t) ? Boolean.FALSE : null;
    }

    private Instant date(String text) {
        try {
            return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADay) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(text).atZone(zone).toInstant();
                } catch (DateTimeParseException notLocal) {
                    return null;
                }
            }
        }
    }
}

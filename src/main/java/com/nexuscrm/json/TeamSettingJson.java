package com.nexuscrm.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.CurrencyCode;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.LeadPriority;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.deal.ForecastAdjustments;
import com.nexuscrm.domain.routing.RoutingRule;
import com.nexuscrm.domain.routing.RoutingRules;
import com.nexuscrm.domain.routing.RoutingStrategy;
import com.nexuscrm.domain.routing.SlaPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON inside a {@link TeamSetting}: a picklist is {@code {"values":[{"key":..,"label":..,"active":..,
 * "synonyms":[..],"probability":..,"won":..}]}}; routing rules (each with its SLA minutes) are
 * {@code {"rules":[{"minScore":..,"strategy":..,"priority":..,"slaMinutes":..}],"nurtureBelow":..}}; the SLA
 * policy is {@code {"workdays":["MONDAY",..],"startHour":9,"endHour":17,"holidays":["2026-12-25",..],
 * "warningPercent":20,"escalate":true,"escalateAfterMinutes":0}}; the workspace currency is
 * {@code {"code":"EUR"}} (an ISO 4217 code). The team
 * server and the workstation check every setting with {@link #problems} before it is stored.
 */
public final class TeamSettingJson {
    private static final ObjectMapper MAPPER = Json.mapper();

    private record Stored(List<PicklistValue> values) { }

    private record StoredRule(int minScore, RoutingStrategy strategy, LeadPriority priority, int slaMinutes) { }

    private record StoredRules(List<StoredRule> rules, int nurtureBelow) { }

    private record StoredSla(List<java.time.DayOfWeek> workdays, Integer startHour, Integer endHour,
                             List<java.time.LocalDate> holidays, Integer warningPercent, Boolean escalate,
                             Integer escalateAfterMinutes) { }

    /** The setting holding the team's SLA policy (working days and hours, holidays, warning, escalation). */
    public static final String SLA = "sla";
    private record StoredCurrency(String code) { }

    private record StoredRates(String base, java.util.Map<String, java.math.BigDecimal> rates) { }

    private record StoredAdjustment(java.util.UUID rep, java.math.BigDecimal amount, String note) { }

    private record StoredAdjustments(List<StoredAdjustment> reps) { }

    /** The setting holding the routing table with each rule's SLA minutes and the nurture threshold. */
    public static final String ROUTING_RULES = "routing.rules";

    private TeamSettingJson() { }

    public static String write(Picklist list) {
        try {
            return MAPPER.writeValueAsString(new Stored(list.values()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A picklist could not be written as JSON", e);
        }
    }

    /** The picklist a setting holds; throws {@link IllegalArgumentException} saying what is wrong. */
    public static Picklist read(PicklistName name, String content) {
        try {
            Stored stored = MAPPER.readValue(content, Stored.class);
            if (stored == null || stored.values() == null) {
                throw new IllegalArgumentException("The " + name.label() + " setting holds no values.");
            }
            return new Picklist(name, stored.values());
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("The " + name.label() + " setting is not a list of values ("
                    + "each with key, label, active and synonyms).");
        }
    }

    public static String writeRules(RoutingRules rules) {
        try {
            return MAPPER.writeValueAsString(new StoredRules(rules.rules().stream()
                    .map(r -> new StoredRule(r.minScore(), r.strategy(), r.priority(), r.slaMinutes())).toList(),
                    rules.nurtureBelow()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Routing rules could not be written as JSON", e);
        }
    }

    /** The routing rules a setting holds; throws {@link IllegalArgumentException} saying what is wrong. */
    public static RoutingRules readRules(String content) {
        try {
            StoredRules stored = MAPPER.readValue(content, StoredRules.class);
            if (stored == null || stored.rules() == null || stored.rules().stream().anyMatch(r -> r == null
                    || r.strategy() == null || r.priority() == null)) {
                throw new IllegalArgumentException("The routing rules setting is incomplete.");
            }
            return new RoutingRules(stored.rules().stream()
                    .map(r -> new RoutingRule(r.minScore(), r.strategy(), r.priority(), r.slaMinutes())).toList(),
                    stored.nurtureBelow());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The routing rules setting is not a list of rules (minScore, strategy,"
                    + " priority, slaMinutes) with nurtureBelow.");
        }
    }

    public static String writeSla(SlaPolicy policy) {
        try {
            return MAPPER.writeValueAsString(new StoredSla(java.util.EnumSet.copyOf(policy.workdays()).stream().toList(),
                    policy.startHour(), policy.endHour(), List.copyOf(policy.holidays()), policy.warningPercent(),
                    policy.escalate(), policy.escalateAfterMinutes()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The SLA settings could not be written as JSON", e);
        }
    }

    /**
     * The SLA policy a setting holds (not yet checked: see {@link SlaPolicy#problems}); throws
     * {@link IllegalArgumentException} naming the missing or mistyped fields.
     */
    public static SlaPolicy readSla(String content) {
        StoredSla stored;
        try {
            stored = MAPPER.readValue(content, StoredSla.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The SLA setting is not an object of workdays (day names such as MONDAY),"
                    + " startHour, endHour, holidays (dates as 2026-12-25), warningPercent, escalate (true or false)"
                    + " and escalateAfterMinutes.");
        }
        if (stored == null) {
            throw new IllegalArgumentException("The SLA setting is empty.");
        }
        List<String> missing = new ArrayList<>();
        if (stored.workdays() == null || stored.workdays().contains(null)) missing.add("workdays");
        if (stored.startHour() == null) missing.add("startHour");
        if (stored.endHour() == null) missing.add("endHour");
        if (stored.holidays() == null || stored.holidays().contains(null)) missing.add("holidays");
        if (stored.warningPercent() == null) missing.add("warningPercent");
        if (stored.escalate() == null) missing.add("escalate");
        if (stored.escalateAfterMinutes() == null) missing.add("escalateAfterMinutes");
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("The SLA setting lacks " + String.join(", ", missing) + ".");
        }
        return new SlaPolicy(java.util.Set.copyOf(stored.workdays()), stored.startHour(), stored.endHour(),
                new java.util.TreeSet<>(stored.holidays()), stored.warningPercent(), stored.escalate(),
                stored.escalateAfterMinutes());
    }

    /** The workspace currency setting's JSON: {@code {"code":"EUR"}}. */
    public static String writeCurrency(String code) {
        try {
            return MAPPER.writeValueAsString(new StoredCurrency(code));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The workspace currency could not be written as JSON", e);
        }
    }

    /** The currency code a setting holds; throws {@link IllegalArgumentException} saying what is wrong. */
    public static String readCurrency(String content) {
        StoredCurrency stored;
        try {
            stored = MAPPER.readValue(content, StoredCurrency.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The workspace currency setting is not {\"code\": \"<ISO 4217 code>\"}.");
        }
        String code = stored == null ? null : stored.code();
        CurrencyCode.problem(code).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return code;
    }

    /**
     * The exchange rates setting's JSON: {@code {"base":"USD","rates":{"EUR":1.08}}}, one euro is 1.08 dollars. The base
     * is kept so that rates set for one team currency are never read as rates into another.
     */
    public static String writeRates(com.nexuscrm.domain.deal.ExchangeRates rates) {
        try {
            return MAPPER.writeValueAsString(new StoredRates(rates.currency(), rates.perUnit()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The exchange rates could not be written as JSON", e);
        }
    }

    /** The rates a setting holds; throws {@link IllegalArgumentException} saying what is wrong. */
    public static com.nexuscrm.domain.deal.ExchangeRates readRates(String content) {
        StoredRates stored;
        try {
            stored = MAPPER.readValue(content, StoredRates.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The exchange rates setting is not {\"base\": \"USD\", \"rates\": {\"EUR\": 1.08}}.");
        }
        if (stored == null || stored.base() == null) {
            throw new IllegalArgumentException("The exchange rates setting names no base currency.");
        }
        List<String> problems = new ArrayList<>();
        CurrencyCode.problem(stored.base()).ifPresent(problems::add);
        java.util.Map<String, java.math.BigDecimal> rates = stored.rates() == null ? java.util.Map.of() : stored.rates();
        rates.keySet().forEach(code -> CurrencyCode.problem(code).ifPresent(problems::add));
        com.nexuscrm.domain.deal.ExchangeRates read = new com.nexuscrm.domain.deal.ExchangeRates(stored.base(), rates);
        problems.addAll(read.problems());
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        return read;
    }

    /** A period's forecast adjustments: {@code {"reps":[{"rep":"<user id>","amount":-5000,"note":"..."}]}}. */
    public static String writeAdjustments(ForecastAdjustments adjustments) {
        List<StoredAdjustment> reps = new ArrayList<>();
        adjustments.byRep().forEach((rep, a) -> reps.add(new StoredAdjustment(rep, a.amount(), a.note())));
        try {
            return MAPPER.writeValueAsString(new StoredAdjustments(reps));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The forecast adjustments could not be written as JSON", e);
        }
    }

    /** The adjustments a setting holds; throws {@link IllegalArgumentException} saying what is wrong. */
    public static ForecastAdjustments readAdjustments(String content) {
        StoredAdjustments stored;
        try {
            stored = MAPPER.readValue(content, StoredAdjustments.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The forecast adjustments are not {\"reps\": [{\"rep\": <user id>,"
                    + " \"amount\": <number>, \"note\": <text>}]}.");
        }
        if (stored == null || stored.reps() == null) {
            throw new IllegalArgumentException("The forecast adjustments lack their \"reps\" list.");
        }
        java.util.Map<java.util.UUID, ForecastAdjustments.Adjustment> byRep = new java.util.LinkedHashMap<>();
        for (StoredAdjustment a : stored.reps()) {
            if (a == null || a.rep() == null) {
                throw new IllegalArgumentException("A forecast adjustment has no rep.");
            }
            if (byRep.put(a.rep(), new ForecastAdjustments.Adjustment(a.amount(), a.note())) != null) {
                throw new IllegalArgumentException("Rep " + a.rep() + " is adjusted twice.");
            }
        }
        ForecastAdjustments adjustments = new ForecastAdjustments(byRep);
        List<String> problems = adjustments.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The forecast adjustments: " + String.join(" ", problems));
        }
        return adjustments;
    }

    /** Why the setting's content cannot be stored, or empty when it can. */
    public static Optional<String> problems(String settingName, String content) {
        if (content == null) {
            return Optional.empty();
        }
        Optional<PicklistName> list = PicklistName.ofSetting(settingName);
        try {
            if (list.isPresent()) {
                List<String> problems = new ArrayList<>(read(list.get(), content).problems());
                return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
            }
            if (TeamSetting.WORKSPACE_CURRENCY.equals(settingName)) {
                readCurrency(content);
                return Optional.empty();
            }
            if (TeamSetting.EXCHANGE_RATES.equals(settingName)) {
                readRates(content);
                return Optional.empty();
            }
            if (ForecastAdjustments.isSettingName(settingName)) {
                readAdjustments(content);
                return Optional.empty();
            }
            if (ROUTING_RULES.equals(settingName)) {
                List<String> problems = readRules(content).problems().stream().map(Object::toString).toList();
                return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
            }
            if (SLA.equals(settingName)) {
                List<String> problems = readSla(content).problems().stream().map(Object::toString).toList();
                return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
            }
            JsonNode node = MAPPER.readTree(content);
            return node != null && node.isObject() ? Optional.empty() : Optional.of("is not a JSON object");
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        } catch (JsonProcessingException e) {
            return Optional.of("is not JSON");
        }
    }
}

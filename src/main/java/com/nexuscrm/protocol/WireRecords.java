package com.nexuscrm.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.json.Json;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.domain.TeamSetting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A synced record's wire form checked against the domain: first every value's JSON type against the
 * field's Java type (so {@code "annualRevenue":"abc"} names its field instead of failing a whole page),
 * then the domain's own {@link RecordRules}. The team server runs it on every insert, update and conflict
 * resolution before anything is stored; the workstation runs it on every pulled record, so a record that
 * still does not fit is held back rather than stopping the sync.
 */
public final class WireRecords {
    /** Larger than any valid record (the largest field, a shared transcript, allows 4 million characters). */
    public static final int MAX_RECORD_CHARS = 5_000_000;
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final ObjectReader READER = MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final Map<String, Map<String, FieldType>> TYPES = fieldTypes();

    private WireRecords() { }

    /** The result: the domain record, or every problem found (field and reason). */
    public sealed interface Checked permits Valid, Invalid { }

    public record Valid(SyncedRecord record) implements Checked { }

    public record Invalid(List<FieldError> errors) implements Checked {
        /** One sentence for a rejection or the sync inbox. */
        public String reason() {
            return errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        }
    }

    /** The fields a record type has on the wire, by name. */
    public static Map<String, FieldType> fields(String entity) {
        Map<String, FieldType> fields = TYPES.get(entity);
        if (fields == null) {
            throw new IllegalArgumentException("Unknown record type '" + entity + "'");
        }
        return fields;
    }

    /**
     * Checks a whole record: {@code fields} as stored or pulled, with or without the sync metadata. A
     * tombstone is checked for types only, so a bad record can always be deleted.
     */
    public static Checked check(String entity, ObjectNode fields) {
        Map<String, FieldType> types = fields(entity);
        List<FieldError> errors = new ArrayList<>();
        int size = fields.toString().length();
        if (size > MAX_RECORD_CHARS) {
            errors.add(new FieldError("record", "is " + size + " characters of JSON; at most " + MAX_RECORD_CHARS + " allowed"));
            return new Invalid(errors);
        }
        fields.fields().forEachRemaining(field -> {
            FieldType type = types.get(field.getKey());
            if (type != null) {
                type.problem(field.getValue()).ifPresent(p -> errors.add(new FieldError(field.getKey(), p)));
            }
        });
        if (!errors.isEmpty()) {
            return new Invalid(errors);
        }
        SyncedRecord record;
        try {
            record = READER.treeToValue(fields, recordClass(entity));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Invalid(List.of(new FieldError("record", "does not fit a " + entity)));
        }
        if (!record.isDeleted()) {
            errors.addAll(RecordRules.check(record));
            if (record instanceof TeamSetting setting && errors.isEmpty()) {
                TeamSettingJson.problems(setting.getName(), setting.getContent())
                        .ifPresent(p -> errors.add(new FieldError("content", p)));
            }
        }
        return errors.isEmpty() ? new Valid(record) : new Invalid(errors);
    }

    /** The first type problem of one value, if any: for a single field such as a conflict's chosen value. */
    public static Optional<String> typeProblem(String entity, String field, JsonNode value) {
        FieldType type = fields(entity).get(field);
        return type == null ? Optional.of("is not a field of a " + entity) : type.problem(value);
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends SyncedRecord> recordClass(String entity) {
        try {
            return (Class<? extends SyncedRecord>) Class.forName("com.nexuscrm.domain." + entity);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Synced type " + entity + " has no domain class", e);
        }
    }

    private static Map<String, Map<String, FieldType>> fieldTypes() {
        Map<String, Map<String, FieldType>> all = new HashMap<>();
        for (String name : SyncedTypes.NAMES) {
            Map<String, FieldType> fields = new HashMap<>();
            MAPPER.getDeserializationConfig().introspect(MAPPER.constructType(recordClass(name))).findProperties()
                    .forEach(p -> fields.put(p.getName(), FieldType.of(p.getRawPrimaryType())));
            all.put(name, Map.copyOf(fields));
        }
        return Map.copyOf(all);
    }
}

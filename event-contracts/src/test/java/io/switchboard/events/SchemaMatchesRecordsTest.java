package io.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.events.provisioning.DecisionAction;
import io.switchboard.events.directory.UserChangeType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schemas describe the records exactly: the same properties, JSON types and enum constants, at
 * every depth; required is what a minimal event always carries. Plus the value rules the records
 * cannot express (E.164 numbers, timestamps, keys, the conditional fields).
 */
class SchemaMatchesRecordsTest {

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void schemaDeclaresExactlyTheRecordsComponentsWithTheirTypesAndEnums(EventCatalog entry) {
        // given
        List<String> problems = new ArrayList<>();

        // when
        compare(entry.recordType(), Schemas.root(entry), entry.recordType().getSimpleName(), problems);

        // then
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void minimalEventCarriesExactlyTheRequiredProperties(EventCatalog entry) {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.minimal(entry));
        List<String> problems = new ArrayList<>();

        // when
        Schemas.walkObjects(json, Schemas.root(entry), (pointer, value, schema) -> {
            Set<String> present = new HashSet<>();
            value.fieldNames().forEachRemaining(present::add);
            if (!present.equals(Schemas.required(schema))) {
                problems.add("'" + pointer + "' has " + present + " but requires " + Schemas.required(schema));
            }
        });

        // then
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventCatalog.class)
    void fullEventCarriesEveryDeclaredProperty(EventCatalog entry) {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(entry));
        List<String> problems = new ArrayList<>();

        // when
        Schemas.walkObjects(json, Schemas.root(entry), (pointer, value, schema) -> {
            Set<String> missing = new HashSet<>(Schemas.propertyNames(schema));
            value.fieldNames().forEachRemaining(missing::remove);
            if (!missing.isEmpty()) {
                problems.add("'" + pointer + "' lacks " + missing);
            }
        });

        // then
        assertThat(problems).as("the full sample should set every field").isEmpty();
    }

    @Test
    void assignDecisionWithoutNumberTypeIsRejected() {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(EventCatalog.PROVISIONING_DECIDED));
        json.remove("numberType");

        // when / then
        assertThat(json.get("action").asText()).isEqualTo(DecisionAction.ASSIGN.name());
        assertThat(Schemas.validate(EventCatalog.PROVISIONING_DECIDED, json)).isNotEmpty();
    }

    @Test
    void deletedUserWithoutDeletionKindIsRejected() {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(EventCatalog.USER_CHANGED));
        json.remove("deletion");

        // when / then
        assertThat(json.get("changeType").asText()).isEqualTo(UserChangeType.DELETED.name());
        assertThat(Schemas.validate(EventCatalog.USER_CHANGED, json)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"020 7946 0123", "+44 20 7946 0123", "442079460123", "+02079460123", "+44", "tel:+442079460123"})
    void phoneNumberNotInE164IsRejected(String number) {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(EventCatalog.NUMBER_RESERVED));
        json.put("phoneNumber", number);

        // when / then
        assertThat(Schemas.validate(EventCatalog.NUMBER_RESERVED, json)).as("phone number %s", number).isNotEmpty();
    }

    @Test
    void occurredAtThatIsNotATimestampIsRejected() {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(EventCatalog.ASSIGNMENT_COMPLETED));
        ((ObjectNode) json.get("meta")).put("occurredAt", "yesterday at noon");

        // when / then
        assertThat(Schemas.validate(EventCatalog.ASSIGNMENT_COMPLETED, json)).isNotEmpty();
    }

    @Test
    void tenantIdWithASlashIsRejectedBecauseItWouldBreakTheRecordKey() {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(EventCatalog.PRESENCE_CHANGED));
        ((ObjectNode) json.get("meta")).put("tenantId", "contoso/emea");

        // when / then
        assertThat(Schemas.validate(EventCatalog.PRESENCE_CHANGED, json)).isNotEmpty();
    }

    @Test
    void negativeFreeCountIsRejected() {
        // given
        ObjectNode json = Schemas.toTree(EventSamples.full(EventCatalog.RANGE_UPDATED));
        json.put("freeCount", -1);

        // when / then
        assertThat(Schemas.validate(EventCatalog.RANGE_UPDATED, json)).isNotEmpty();
    }

    private static void compare(Class<?> recordType, Schemas.Located schema, String path, List<String> problems) {
        Set<String> components = new HashSet<>();
        Arrays.stream(recordType.getRecordComponents()).forEach(c -> components.add(c.getName()));
        Set<String> declared = Schemas.propertyNames(schema);
        if (!components.equals(declared)) {
            problems.add(path + ": record components " + components + " but schema properties " + declared);
        }
        for (RecordComponent component : recordType.getRecordComponents()) {
            Schemas.Located property = Schemas.property(schema, component.getName());
            if (property != null) {
                compareValue(component.getType(), component.getGenericType(), property,
                        path + "." + component.getName(), problems);
            }
        }
    }

    private static void compareValue(Class<?> type, Type generic, Schemas.Located schema, String path,
                                     List<String> problems) {
        String expected = jsonType(type);
        String actual = schema.node().path("type").asText();
        if (!expected.equals(actual)) {
            problems.add(path + ": " + type.getSimpleName() + " is JSON " + expected + " but schema says '" + actual + "'");
        }
        if (type.isRecord()) {
            compare(type, schema, path, problems);
        } else if (type.isEnum()) {
            Set<String> constants = new HashSet<>();
            Arrays.stream(type.getEnumConstants()).forEach(c -> constants.add(((Enum<?>) c).name()));
            Set<String> listed = new HashSet<>();
            schema.node().path("enum").forEach(v -> listed.add(v.asText()));
            if (!constants.equals(listed)) {
                problems.add(path + ": " + type.getSimpleName() + " has " + constants + " but schema lists " + listed);
            }
        } else if (type == Instant.class && !"date-time".equals(schema.node().path("format").asText())) {
            problems.add(path + ": an Instant needs format date-time");
        } else if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            JsonNode items = schema.node().get("items");
            if (items == null) {
                problems.add(path + ": array without items");
            } else {
                compareValue((Class<?>) element, element,
                        Schemas.resolve(new Schemas.Located(items, schema.resource())), path + "[]", problems);
            }
        }
    }

    private static String jsonType(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "integer";
        }
        if (type == String.class || type == Instant.class || type.isEnum()) {
            return "string";
        }
        if (type == List.class) {
            return "array";
        }
        if (type == Map.class || type.isRecord()) {
            return "object";
        }
        throw new IllegalArgumentException("no JSON type known for " + type);
    }
}

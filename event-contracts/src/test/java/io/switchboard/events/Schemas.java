package io.switchboard.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test access to the JSON Schemas on the classpath: validation (networknt, formats asserted, relative
 * {@code $ref}s resolved from {@code classpath:schemas/}) and a raw view that follows {@code $ref}s,
 * to walk a sample alongside its schema.
 */
final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final Map<String, JsonSchema> VALIDATORS = new ConcurrentHashMap<>();
    private static final Map<String, JsonNode> TREES = new ConcurrentHashMap<>();

    /** A schema node and the classpath resource it lives in (needed to resolve its relative refs). */
    record Located(JsonNode node, String resource) {
    }

    /** Visits an object of a sample together with the (resolved) schema that describes it. */
    interface ObjectVisitor {
        void visit(String pointer, ObjectNode value, Located schema);
    }

    private Schemas() {
    }

    static Set<ValidationMessage> validate(EventCatalog entry, JsonNode json) {
        return VALIDATORS.computeIfAbsent(entry.schemaResource(),
                r -> FACTORY.getSchema(SchemaLocation.of("classpath:" + r), CONFIG)).validate(json);
    }

    static Set<ValidationMessage> validate(EventCatalog entry, SwitchboardEvent event) {
        return validate(entry, toTree(event));
    }

    static ObjectNode toTree(SwitchboardEvent event) {
        try {
            return (ObjectNode) JSON.readTree(EventJson.write(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Located root(EventCatalog entry) {
        return new Located(tree(entry.schemaResource()), entry.schemaResource());
    }

    static JsonNode tree(String resource) {
        return TREES.computeIfAbsent(resource, r -> {
            try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("schema resource not on the classpath: " + r);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Follows {@code $ref}s (same file or a sibling file) until a schema without one. */
    static Located resolve(Located schema) {
        Located current = schema;
        for (int hops = 0; current.node().has("$ref"); hops++) {
            if (hops > 10) {
                throw new IllegalStateException("$ref loop at " + schema.resource());
            }
            String ref = current.node().get("$ref").asText();
            int hash = ref.indexOf('#');
            String file = hash < 0 ? ref : ref.substring(0, hash);
            String pointer = hash < 0 ? "" : ref.substring(hash + 1);
            String resource = file.isEmpty() ? current.resource()
                    : current.resource().substring(0, current.resource().lastIndexOf('/') + 1) + file;
            JsonNode target = tree(resource).at(pointer);
            if (target.isMissingNode()) {
                throw new IllegalStateException("unresolvable $ref " + ref + " in " + current.resource());
            }
            current = new Located(target, resource);
        }
        return current;
    }

    /** The resolved schema of property {@code name} of an object schema, or {@code null} if it declares none. */
    static Located property(Located objectSchema, String name) {
        Located resolved = resolve(objectSchema);
        JsonNode property = resolved.node().path("properties").get(name);
        return property == null ? null : resolve(new Located(property, resolved.resource()));
    }

    static Set<String> required(Located objectSchema) {
        Set<String> names = new HashSet<>();
        resolve(objectSchema).node().path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    static Set<String> propertyNames(Located objectSchema) {
        Set<String> names = new HashSet<>();
        resolve(objectSchema).node().path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Walks every object in {@code sample} that the schema describes, depth first, starting at the root. */
    static void walkObjects(ObjectNode sample, Located schema, ObjectVisitor visitor) {
        walk("", sample, resolve(schema), visitor);
    }

    /** JSON pointers of every required property present in the sample, at any depth. */
    static List<String> requiredPointers(ObjectNode sample, Located schema) {
        List<String> pointers = new ArrayList<>();
        walkObjects(sample, schema, (pointer, value, objectSchema) -> required(objectSchema).stream().sorted()
                .filter(value::has)
                .forEach(name -> pointers.add(pointer + "/" + name)));
        return pointers;
    }

    private static void walk(String pointer, ObjectNode value, Located schema, ObjectVisitor visitor) {
        visitor.visit(pointer, value, schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Located child = property(schema, field.getKey());
            if (child == null) {
                continue;
            }
            String childPointer = pointer + "/" + field.getKey();
            if (field.getValue().isObject() && child.node().has("properties")) {
                walk(childPointer, (ObjectNode) field.getValue(), child, visitor);
            } else if (field.getValue().isArray() && child.node().has("items")) {
                Located items = resolve(new Located(child.node().get("items"), child.resource()));
                for (int i = 0; i < field.getValue().size(); i++) {
                    if (field.getValue().get(i).isObject() && items.node().has("properties")) {
                        walk(childPointer + "/" + i, (ObjectNode) field.getValue().get(i), items, visitor);
                    }
                }
            }
        }
    }
}

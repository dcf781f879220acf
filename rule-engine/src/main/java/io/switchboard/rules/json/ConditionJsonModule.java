package io.switchboard.rules.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.switchboard.rules.conditions.Condition;
import java.io.IOException;

/**
 * Lets any ObjectMapper (e.g. Quarkus' own, through an {@code ObjectMapperCustomizer}) read and write
 * {@link Condition} fields in the {@link ConditionJson} form. A {@link ConditionValidationException}
 * from reading reaches the caller as the cause of Jackson's mapping exception.
 */
public class ConditionJsonModule extends SimpleModule {

    public ConditionJsonModule() {
        super("switchboard-conditions");
        addSerializer(Condition.class, new JsonSerializer<>() {
            @Override
            public void serialize(Condition value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeTree(ConditionJson.toJson(value));
            }
        });
        addDeserializer(Condition.class, new JsonDeserializer<>() {
            @Override
            public Condition deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                JsonNode node = parser.readValueAsTree();
                return ConditionJson.fromJson(node);
            }
        });
    }
}

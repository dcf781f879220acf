package io.switchboard.deploycheck;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import java.io.IOException;

/** An enum deserializer that fails where the model's factory answers null for a value it does not know. */
final class KnownEnumValue extends JsonDeserializer<Object> implements ContextualDeserializer, ResolvableDeserializer {

    private final JsonDeserializer<?> delegate;
    private final JavaType type;

    KnownEnumValue(JsonDeserializer<?> delegate, JavaType type) {
        this.delegate = delegate;
        this.type = type;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = parser.getText();
        Object value = delegate.deserialize(parser, context);
        if (value == null) {
            throw context.weirdStringException(text, type.getRawClass(), "not a value of " + type.getRawClass().getSimpleName());
        }
        return value;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) throws JsonMappingException {
        JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer c ? c.createContextual(context, property) : delegate;
        return contextual == delegate ? this : new KnownEnumValue(contextual, type);
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        if (delegate instanceof ResolvableDeserializer r) {
            r.resolve(context);
        }
    }
}

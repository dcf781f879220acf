package io.switchboard.rules.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.switchboard.rules.json.ConditionJsonModule;
import jakarta.inject.Singleton;

/** REST bodies read and write {@code Condition} values in the rule engine's JSON form. */
@Singleton
public class JacksonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new ConditionJsonModule());
    }
}

package io.switchboard.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.rules.conditions.And;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Comparison;
import io.switchboard.rules.conditions.Condition;
import io.switchboard.rules.conditions.Not;
import io.switchboard.rules.conditions.Operator;
import io.switchboard.rules.conditions.Or;
import io.switchboard.rules.decisions.Rule;
import org.junit.jupiter.api.Test;

class ConditionJsonTest {

    @Test
    void writesTheDocumentedShape() {
        Condition condition = And.of(Comparison.of(Attribute.OFFICE_LOCATION, Operator.EQUALS, "Park Lane"),
                Or.of(Comparison.of(Attribute.USAGE_LOCATION, Operator.IN, "GB", "IE"),
                        new Not(Comparison.of(Attribute.DEPARTMENT, Operator.IS_EMPTY))));

        assertThat(ConditionJson.write(condition)).isEqualTo("{\"and\":["
                + "{\"attribute\":\"officeLocation\",\"op\":\"equals\",\"value\":\"Park Lane\"},"
                + "{\"or\":[{\"attribute\":\"usageLocation\",\"op\":\"in\",\"values\":[\"GB\",\"IE\"]},"
                + "{\"not\":{\"attribute\":\"department\",\"op\":\"isEmpty\"}}]}]}");
    }

    @Test
    void writesOptionsOnlyWhenNotTheDefault() {
        Comparison exact = Comparison.of(Attribute.CITY, Operator.STARTS_WITH, "Lon").withCaseSensitive(true).withTrim(false);

        assertThat(ConditionJson.write(exact))
                .isEqualTo("{\"attribute\":\"city\",\"op\":\"startsWith\",\"value\":\"Lon\",\"caseSensitive\":true,\"trim\":false}");
    }

    @Test
    void readsAliasesAndReadableOperatorNames() {
        Condition condition = ConditionJson.read("{\"attribute\":\"Office\",\"op\":\"starts with\",\"value\":\"Park\"}");

        assertThat(condition).isEqualTo(Comparison.of(Attribute.OFFICE_LOCATION, Operator.STARTS_WITH, "Park"));
    }

    @Test
    void readsOptions() {
        Condition condition = ConditionJson.read("{\"attribute\":\"city\",\"op\":\"equals\",\"value\":\" x\",\"caseSensitive\":true,\"trim\":false}");

        assertThat(condition).isEqualTo(Comparison.of(Attribute.CITY, Operator.EQUALS, " x").withCaseSensitive(true).withTrim(false));
    }

    @Test
    void readsWhatItWrites() {
        Condition condition = Or.of(Comparison.of(Attribute.JOB_TITLE, Operator.MATCHES, "(?i)dr\\..*"),
                new Not(And.of(Comparison.of(Attribute.STATE, Operator.IS_NOT_EMPTY), Comparison.of(Attribute.CITY, Operator.CONTAINS, "\"q\""))));

        assertThat(ConditionJson.read(ConditionJson.write(condition))).isEqualTo(condition);
    }

    @Test
    void moduleLetsAnObjectMapperReadAndWriteRules() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new ConditionJsonModule());
        Rule rule = new Rule("r1", "t1", "Park Lane", "lon-1", Comparison.of(Attribute.CITY, Operator.EQUALS, "London"), 10, true, 3);

        String json = mapper.writeValueAsString(rule);

        assertThat(json).contains("\"condition\":{\"attribute\":\"city\",\"op\":\"equals\",\"value\":\"London\"}");
        assertThat(mapper.readValue(json, Rule.class)).isEqualTo(rule);
    }
}

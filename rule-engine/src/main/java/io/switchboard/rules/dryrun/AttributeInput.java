package io.switchboard.rules.dryrun;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.events.directory.DirectoryUser;
import io.switchboard.rest.problems.Problem.FieldError;
import io.switchboard.rest.problems.ProblemException;
import io.switchboard.rules.conditions.Attribute;
import io.switchboard.rules.conditions.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the attributes of a dry-run user, by the names rules use (aliases accepted), and points at
 * each name that is not an attribute with a did-you-mean.
 */
public final class AttributeInput {

    static final String DEFAULT_ID = "dry-run-user";

    private AttributeInput() {
    }

    public static DirectoryUser toUser(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        if (!node.isObject()) {
            throw ProblemException.invalid("'user' must be an object of attributes",
                    List.of(new FieldError("/user", "expected e.g. {\"city\": \"London\"}, found " + node.getNodeType())));
        }
        Map<Attribute, String> values = new HashMap<>();
        String id = DEFAULT_ID;
        Boolean enabled = true;
        List<String> known = new ArrayList<>(Attribute.allNames());
        known.add("id");
        known.add("accountEnabled");
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            String pointer = "/user/" + name.replace("~", "~0").replace("/", "~1");
            if (name.equals("accountEnabled")) {
                if (!value.isBoolean() && !value.isNull()) {
                    errors.add(new FieldError(pointer, "expected true or false"));
                }
                enabled = value.isNull() ? null : value.asBoolean();
                continue;
            }
            if (!value.isTextual() && !value.isNull()) {
                errors.add(new FieldError(pointer, "expected a text or null, found " + value.getNodeType()));
                continue;
            }
            String text = value.isNull() ? null : value.asText();
            if (name.equals("id")) {
                id = text == null ? DEFAULT_ID : text;
                continue;
            }
            Attribute.fromName(name).ifPresentOrElse(attribute -> values.put(attribute, text),
                    () -> errors.add(new FieldError(pointer, Suggestions.closest(name, known)
                            .map(s -> "unknown attribute '" + name + "', did you mean '" + s + "'?")
                            .orElse("unknown attribute '" + name + "'; expected one of " + String.join(", ", known)))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("the dry-run user is not valid", errors);
        }
        return new DirectoryUser(id, values.get(Attribute.DISPLAY_NAME), values.get(Attribute.USER_PRINCIPAL_NAME),
                values.get(Attribute.MAIL), enabled, values.get(Attribute.CITY), values.get(Attribute.OFFICE_LOCATION),
                values.get(Attribute.USAGE_LOCATION), values.get(Attribute.DEPARTMENT), values.get(Attribute.COMPANY_NAME),
                values.get(Attribute.COUNTRY), values.get(Attribute.STATE), values.get(Attribute.JOB_TITLE),
                values.get(Attribute.EMPLOYEE_TYPE));
    }
}

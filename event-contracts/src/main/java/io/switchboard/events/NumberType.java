package io.switchboard.events;

/** How a Teams number reaches the PSTN; the Graph value is what {@code numberType} takes in Teams' API. */
public enum NumberType {
    CALLING_PLAN("callingPlan"),
    DIRECT_ROUTING("directRouting"),
    OPERATOR_CONNECT("operatorConnect");

    private final String graphValue;

    NumberType(String graphValue) {
        this.graphValue = graphValue;
    }

    public String graphValue() {
        return graphValue;
    }

    public static NumberType fromGraphValue(String value) {
        for (NumberType type : values()) {
            if (type.graphValue.equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown Teams numberType: " + value);
    }
}

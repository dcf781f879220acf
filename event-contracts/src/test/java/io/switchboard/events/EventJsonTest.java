package io.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.events.directory.UserChanged;
import io.switchboard.events.reservations.NumberReserved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json at all",
        "{\"meta\": ",
        "[1, 2, 3]",
        "{\"meta\": 42}",
        "{\"meta\": {\"eventId\": \"e\", \"tenantId\": \"t\", \"correlationId\": \"c\", \"occurredAt\": \"yesterday\"}}",
        "{\"meta\": {\"eventId\": \"e\", \"tenantId\": \"t\", \"correlationId\": \"c\", \"occurredAt\": \"2025-03-14T09:26:53Z\"},"
                + " \"numberType\": \"LANDLINE\"}"
    })
    void malformedPayloadRaisesAOneLineMessageNamingTheEvent(String payload) {
        assertThatThrownBy(() -> EventJson.read(payload, NumberReserved.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("not a valid NumberReserved: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void nullLiteralIsAnEmptyPayload() {
        assertThatThrownBy(() -> EventJson.read("null", UserChanged.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessage("empty payload for UserChanged");
    }

    @Test
    void missingRequiredMetaFieldIsNamedInTheMessage() {
        // given
        String payload = "{\"meta\": {\"tenantId\": \"t\", \"correlationId\": \"c\", \"occurredAt\": \"2025-03-14T09:26:53Z\"}}";

        // when / then
        assertThatThrownBy(() -> EventJson.read(payload, NumberReserved.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("eventId")
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void unknownEnumValueIsNamedInTheMessage() {
        // given
        String json = EventJson.write(EventSamples.full(EventCatalog.NUMBER_RESERVED))
                .replace("\"DIRECT_ROUTING\"", "\"LANDLINE\"");

        // when / then
        assertThatThrownBy(() -> EventJson.read(json, NumberReserved.class))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("LANDLINE");
    }

    @Test
    void writtenJsonLeavesNullsOutAndUsesIsoInstantsAndEnumNames() {
        // given
        SwitchboardEvent event = EventSamples.minimal(EventCatalog.NUMBER_RESERVED);

        // when
        String json = EventJson.write(event);

        // then
        assertThat(json)
                .doesNotContain("null")
                .doesNotContain("causationId")
                .doesNotContain("locationId")
                .contains("\"occurredAt\":\"2025-03-14T09:26:53.589Z\"")
                .contains("\"numberType\":\"CALLING_PLAN\"");
    }
}

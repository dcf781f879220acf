package io.switchboard.systemtests.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.events.EventCatalog;
import io.switchboard.events.EventJson;
import io.switchboard.events.NumberType;
import io.switchboard.events.RecordKeys;
import io.switchboard.events.Topics;
import io.switchboard.events.assignments.AssignmentCompleted;
import io.switchboard.infra.TopicReader;
import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.Stack;
import io.switchboard.systemtests.support.SystemTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** A new hire gets a number from the range their rule points at, in Teams, in the inventory and on the topic. */
class JoinerTest extends SystemTest {

    @Test
    void aLicensedJoinerInBerlinGetsADirectRoutingNumberFromTheBerlinRange() {
        // given a new hire in Berlin, licensed with E5 (Teams Phone) by the HR system
        Graph.User joiner = licensedUser("joiner", "Berlin", "Berlin HQ", "DE");

        // then Teams and the inventory agree on one Berlin Direct Routing number
        String number = awaitAssigned(joiner);
        assertThat(number).startsWith("+49").satisfies(n -> assertThat(Long.parseLong(n.substring(1)))
                .isBetween(4930901820L, 4930902119L));
        assertThat(inventory(number).path("numberType").asText()).isEqualTo("DIRECT_ROUTING");
        assertThat(inventory(number).path("userId").asText()).isEqualTo(joiner.id());

        // and the assigner told the world
        List<ConsumerRecord<String, String>> completed = TopicReader.await(stack.kafka(), Topics.TEAMS_ASSIGNMENTS, 1,
                r -> r.key().equals(RecordKeys.of(Stack.TENANT, joiner.id())) && isType(r, EventCatalog.of(AssignmentCompleted.class)),
                PATIENCE);
        AssignmentCompleted event = EventJson.read(completed.get(0).value(), AssignmentCompleted.class);
        assertThat(event.phoneNumber()).isEqualTo(number);
        assertThat(event.numberType()).isEqualTo(NumberType.DIRECT_ROUTING);
    }

    @Test
    void aLondonUserWithACallingPlanGetsALondonCallingPlanNumber() {
        // given a new hire in the UK with E5 and a Calling Plan licence
        Graph.User joiner = licensedUser("caller", "London", "Canary Wharf", "GB", "MCOPSTN1");

        // then the number comes from the London Calling Plan range
        String number = awaitAssigned(joiner);
        assertThat(Long.parseLong(number.substring(1))).isBetween(448081570000L, 448081570049L);
        assertThat(inventory(number).path("numberType").asText()).isEqualTo("CALLING_PLAN");
    }

    static boolean isType(ConsumerRecord<String, String> record, EventCatalog type) {
        Header header = record.headers().lastHeader("ce_type");
        return header != null && new String(header.value(), StandardCharsets.UTF_8).equals(type.ceType());
    }
}

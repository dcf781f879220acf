package io.switchboard.directory.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.directory.licences.AssignedLicence;
import io.switchboard.directory.licences.AssignedPlan;
import io.switchboard.directory.snapshot.DeltaItem;
import io.switchboard.directory.snapshot.UserFields;
import io.switchboard.events.directory.DeletionKind;
import org.junit.jupiter.api.Test;

class DeltaPageParserTest {

    @Test
    void readsItemsKeepingAbsentApartFromClearedAndRemovedReasons() throws Exception {
        String body = """
                {"@odata.nextLink": "https://graph/users/delta?$skiptoken=abc",
                 "value": [
                   {"id": "u1", "city": "Berlin", "officeLocation": null, "accountEnabled": false,
                    "assignedLicenses": [{"skuId": "s1", "disabledPlans": ["p2"]}],
                    "assignedPlans": [{"servicePlanId": "p1", "service": "MicrosoftCommunicationsOnline", "capabilityStatus": "Enabled"}]},
                   {"id": "u2", "@removed": {"reason": "changed"}},
                   {"id": "u3", "@removed": {"reason": "deleted"}}
                 ]}
                """;

        DeltaPage page = DeltaPageParser.parse(new ObjectMapper().readTree(body));

        assertThat(page.nextLink()).endsWith("$skiptoken=abc");
        assertThat(page.last()).isFalse();
        DeltaItem u1 = page.items().get(0);
        assertThat(u1.attributes()).containsEntry("city", "Berlin").containsEntry("officeLocation", null)
                .containsEntry("accountEnabled", "false").doesNotContainKey("department");
        assertThat(u1.assignedLicenses()).containsExactly(new AssignedLicence("s1", java.util.List.of("p2")));
        assertThat(u1.assignedPlans()).containsExactly(new AssignedPlan("p1", "MicrosoftCommunicationsOnline", "Enabled"));
        assertThat(page.items().get(1).removed()).isEqualTo(DeletionKind.SOFT);
        assertThat(page.items().get(2).removed()).isEqualTo(DeletionKind.PERMANENT);
    }

    @Test
    void itemWithoutLicencePropertiesLeavesThemUnknown() throws Exception {
        DeltaPage page = DeltaPageParser.parse(new ObjectMapper().readTree(
                "{\"@odata.deltaLink\": \"d\", \"value\": [{\"id\": \"u1\", \"department\": \"Sales\"}]}"));

        assertThat(page.last()).isTrue();
        assertThat(page.items().get(0).assignedLicenses()).isNull();
        assertThat(page.items().get(0).assignedPlans()).isNull();
    }

    @Test
    void onlyAnItemCarryingEverySelectedPropertyIsComplete() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode whole = json.createObjectNode().put("id", "u1");
        UserFields.NAMES.forEach(whole::putNull);
        whole.put("userPrincipalName", "ann@example.com").putArray("assignedLicenses");
        whole.putArray("assignedPlans");
        ObjectNode licencesOnly = json.createObjectNode().put("id", "u2");
        licencesOnly.putArray("assignedLicenses");
        licencesOnly.putArray("assignedPlans");

        assertThat(DeltaPageParser.item(whole).complete()).isTrue();
        assertThat(DeltaPageParser.item(licencesOnly).complete()).isFalse();
        whole.remove("city");
        assertThat(DeltaPageParser.item(whole).complete()).isFalse();
        assertThat(DeltaItem.removed("u3", DeletionKind.SOFT).complete()).isFalse();
    }
}

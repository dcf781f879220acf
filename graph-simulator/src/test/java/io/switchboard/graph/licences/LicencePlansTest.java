package io.switchboard.graph.licences;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.switchboard.graph.common.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LicencePlansTest {

    private static final Sku E5 = SkuCatalog.byPartNumber("SPE_E5").orElseThrow();
    private static final Sku MCOEV = SkuCatalog.byPartNumber("MCOEV").orElseThrow();
    private static final Map<String, Sku> SKUS = Map.of(E5.skuId(), E5, MCOEV.skuId(), MCOEV);
    private static final Instant T1 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant T2 = Instant.parse("2030-02-01T00:00:00Z");

    @Test
    void enabledPlansKeepTheirAssignedTimeAndRemovedOnesBecomeDeleted() {
        // given E5 assigned at T1
        ArrayNode e5 = Json.array().add(LicencePlans.licence(E5.skuId(), List.of()));
        ArrayNode first = LicencePlans.plans(e5, Json.array(), SKUS, T1);
        assertThat(status(first, SkuCatalog.MCOEV.servicePlanId())).isEqualTo("Enabled@" + T1);

        // when a Teams Phone standalone licence is added at T2, MCOEV stays enabled since T1
        ArrayNode both = Json.array().add(LicencePlans.licence(E5.skuId(), List.of())).add(LicencePlans.licence(MCOEV.skuId(), List.of()));
        ArrayNode second = LicencePlans.plans(both, first, SKUS, T2);
        assertThat(status(second, SkuCatalog.MCOEV.servicePlanId())).isEqualTo("Enabled@" + T1);

        // when MCOEV is disabled in E5 and the standalone licence removed, it turns Deleted at T2
        ArrayNode disabled = Json.array().add(LicencePlans.licence(E5.skuId(), List.of(SkuCatalog.MCOEV.servicePlanId())));
        ArrayNode third = LicencePlans.plans(disabled, second, SKUS, T2);
        assertThat(status(third, SkuCatalog.MCOEV.servicePlanId())).isEqualTo("Deleted@" + T2);
        assertThat(status(third, SkuCatalog.TEAMS1.servicePlanId())).isEqualTo("Enabled@" + T1);
    }

    @Test
    void catalogSuitesDifferInTeamsPhone() {
        assertThat(E5.servicePlans()).extracting(Sku.ServicePlan::servicePlanName).contains("MCOEV");
        assertThat(SkuCatalog.byPartNumber("SPE_E3").orElseThrow().servicePlans()).extracting(Sku.ServicePlan::servicePlanName)
                .doesNotContain("MCOEV");
    }

    private static String status(ArrayNode plans, String planId) {
        for (JsonNode plan : plans) {
            if (plan.path("servicePlanId").asText().equals(planId)) {
                return plan.path("capabilityStatus").asText() + "@" + plan.path("assignedDateTime").asText();
            }
        }
        return "absent";
    }
}

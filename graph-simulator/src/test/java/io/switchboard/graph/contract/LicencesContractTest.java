package io.switchboard.graph.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.microsoft.graph.models.AssignedLicense;
import com.microsoft.graph.models.AssignedPlan;
import com.microsoft.graph.models.SubscribedSku;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.assignlicense.AssignLicensePostRequestBody;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.graph.support.SimTenant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LicencesContractTest {

    static final String SPE_E5 = "06ebc4ee-1bb5-47dd-8120-11324bc54e06";
    static final String SPE_E3 = "05e9a617-0261-4cee-bb44-138d3ef5d965";
    static final String MCOEV_PLAN = "4828c8ec-dc2e-4779-b502-87ac9ce28ab7";

    private SimTenant tenant;
    private GraphServiceClient graph;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create(Map.of("skus", List.of(Map.of("skuPartNumber", "SPE_E5", "units", 2), Map.of("skuPartNumber", "SPE_E3"),
                Map.of("skuPartNumber", "MCOEV"), Map.of("skuPartNumber", "MCOPSTN1"), Map.of("skuPartNumber", "MCOPSTN2"),
                Map.of("skuPartNumber", "MCOTEAMS_ESSENTIALS"))));
        graph = tenant.graph();
    }

    @Test
    void subscribedSkusCarryRealPartNumbersAndServicePlans() {
        // when
        List<SubscribedSku> skus = graph.subscribedSkus().get().getValue();

        // then
        assertThat(skus).extracting(SubscribedSku::getSkuPartNumber)
                .containsExactlyInAnyOrder("SPE_E5", "SPE_E3", "MCOEV", "MCOPSTN1", "MCOPSTN2", "MCOTEAMS_ESSENTIALS");
        SubscribedSku e5 = skus.stream().filter(s -> s.getSkuPartNumber().equals("SPE_E5")).findFirst().orElseThrow();
        assertThat(e5.getSkuId()).hasToString(SPE_E5);
        assertThat(e5.getPrepaidUnits().getEnabled()).isEqualTo(2);
        assertThat(e5.getServicePlans()).anySatisfy(p -> {
            assertThat(p.getServicePlanName()).isEqualTo("MCOEV");
            assertThat(p.getServicePlanId()).hasToString(MCOEV_PLAN);
        });
        SubscribedSku e3 = skus.stream().filter(s -> s.getSkuPartNumber().equals("SPE_E3")).findFirst().orElseThrow();
        assertThat(e3.getServicePlans()).noneMatch(p -> p.getServicePlanName().equals("MCOEV"));
        SubscribedSku bundle = skus.stream().filter(s -> s.getSkuPartNumber().equals("MCOTEAMS_ESSENTIALS")).findFirst().orElseThrow();
        assertThat(bundle.getServicePlans()).extracting(p -> p.getServicePlanName()).contains("MCOEV", "MCOPSTN1");
    }

    @Test
    void assignLicenseKeepsAssignedPlansConsistent() {
        // given
        String userId = tenant.addUser("lic", Map.of());

        // when E5 is assigned
        User licensed = graph.users().byUserId(userId).assignLicense().post(body(List.of(licence(SPE_E5, List.of())), List.of()));

        // then
        assertThat(licensed.getId()).isEqualTo(userId);
        User read = graph.users().byUserId(userId).get(rc -> rc.queryParameters.select = new String[] {"assignedLicenses", "assignedPlans"});
        assertThat(read.getAssignedLicenses()).extracting(l -> l.getSkuId().toString()).containsExactly(SPE_E5);
        AssignedPlan mcoev = plan(read, MCOEV_PLAN);
        assertThat(mcoev.getCapabilityStatus()).isEqualTo("Enabled");
        assertThat(mcoev.getService()).isEqualTo("MicrosoftCommunicationsOnline");
        assertThat(mcoev.getAssignedDateTime()).isNotNull();

        // when Teams Phone is disabled within the licence
        graph.users().byUserId(userId).assignLicense().post(body(List.of(licence(SPE_E5, List.of(MCOEV_PLAN))), List.of()));
        User disabled = graph.users().byUserId(userId).get(rc -> rc.queryParameters.select = new String[] {"assignedLicenses", "assignedPlans"});

        // then the plan is listed as Deleted and disabledPlans says why
        assertThat(disabled.getAssignedLicenses().get(0).getDisabledPlans()).extracting(UUID::toString).containsExactly(MCOEV_PLAN);
        assertThat(plan(disabled, MCOEV_PLAN).getCapabilityStatus()).isEqualTo("Deleted");

        // when the licence is removed
        graph.users().byUserId(userId).assignLicense().post(body(List.of(), List.of(SPE_E5)));
        User removed = graph.users().byUserId(userId).get(rc -> rc.queryParameters.select = new String[] {"assignedLicenses", "assignedPlans"});
        assertThat(removed.getAssignedLicenses()).isEmpty();
        assertThat(removed.getAssignedPlans()).allSatisfy(p -> assertThat(p.getCapabilityStatus()).isEqualTo("Deleted"));
    }

    @Test
    void refusesWhatTheDirectoryRefuses() {
        Map<String, Object> withoutLocation = new java.util.HashMap<>();
        withoutLocation.put("usageLocation", null);
        String noLocation = tenant.addUser("nowhere", withoutLocation);
        ODataError location = catchThrowableOfType(ODataError.class,
                () -> graph.users().byUserId(noLocation).assignLicense().post(body(List.of(licence(SPE_E3, List.of())), List.of())));
        assertThat(location.getResponseStatusCode()).isEqualTo(400);
        assertThat(location.getError().getMessage()).contains("usage location");

        String a = tenant.addUser("a", Map.of());
        String b = tenant.addUser("b", Map.of());
        String c = tenant.addUser("c", Map.of());
        graph.users().byUserId(a).assignLicense().post(body(List.of(licence(SPE_E5, List.of())), List.of()));
        graph.users().byUserId(b).assignLicense().post(body(List.of(licence(SPE_E5, List.of())), List.of()));
        ODataError seats = catchThrowableOfType(ODataError.class,
                () -> graph.users().byUserId(c).assignLicense().post(body(List.of(licence(SPE_E5, List.of())), List.of())));
        assertThat(seats.getError().getMessage()).contains("available licenses");
        assertThat(graph.subscribedSkus().get().getValue()).filteredOn(s -> s.getSkuPartNumber().equals("SPE_E5"))
                .extracting(SubscribedSku::getConsumedUnits).containsExactly(2);

        ODataError unknown = catchThrowableOfType(ODataError.class, () -> graph.users().byUserId(c).assignLicense()
                .post(body(List.of(licence(UUID.randomUUID().toString(), List.of())), List.of())));
        assertThat(unknown.getError().getMessage()).contains("does not correspond to a valid company License");
    }

    private static AssignedPlan plan(User user, String planId) {
        return user.getAssignedPlans().stream().filter(p -> p.getServicePlanId().toString().equals(planId)).findFirst().orElseThrow();
    }

    private static AssignedLicense licence(String skuId, List<String> disabled) {
        AssignedLicense licence = new AssignedLicense();
        licence.setSkuId(UUID.fromString(skuId));
        licence.setDisabledPlans(disabled.stream().map(UUID::fromString).toList());
        return licence;
    }

    private static AssignLicensePostRequestBody body(List<AssignedLicense> add, List<String> remove) {
        AssignLicensePostRequestBody body = new AssignLicensePostRequestBody();
        body.setAddLicenses(add);
        body.setRemoveLicenses(remove.stream().map(UUID::fromString).toList());
        return body;
    }
}

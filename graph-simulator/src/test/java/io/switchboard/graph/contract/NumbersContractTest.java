package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.graph.admin.teams.telephonenumbermanagement.numberassignments.microsoftgraphteamsadministrationassignnumber.AssignNumberPostRequestBody;
import com.microsoft.graph.admin.teams.telephonenumbermanagement.numberassignments.microsoftgraphteamsadministrationunassignnumber.UnassignNumberPostRequestBody;
import com.microsoft.graph.models.LongRunningOperationStatus;
import com.microsoft.graph.models.teamsadministration.AssignmentCategory;
import com.microsoft.graph.models.teamsadministration.AssignmentStatus;
import com.microsoft.graph.models.teamsadministration.NumberAssignment;
import com.microsoft.graph.models.teamsadministration.NumberType;
import com.microsoft.graph.models.teamsadministration.TelephoneNumberLongRunningOperation;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.http.middleware.options.HeadersInspectionOption;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.graph.support.SimTenant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class NumbersContractTest {

    private SimTenant tenant;
    private GraphServiceClient graph;
    private String voiceUser;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create(Map.of(
                "skus", List.of(Map.of("skuPartNumber", "SPE_E5"), Map.of("skuPartNumber", "SPE_E3"), Map.of("skuPartNumber", "MCOPSTN1")),
                "numberRanges", List.of(
                        Map.of("start", "+4930123400", "count", 5, "numberType", "directRouting", "city", "Berlin", "isoCountryCode", "DE"),
                        Map.of("start", "+442071230000", "count", 3, "numberType", "callingPlan", "city", "London", "isoCountryCode", "GB"))));
        graph = tenant.graph();
        voiceUser = tenant.addUser("voice", Map.of("licenses", List.of("SPE_E5")));
    }

    @Test
    void listsFiltersAndPagesNumberAssignments() {
        List<NumberAssignment> all = graph.admin().teams().telephoneNumberManagement().numberAssignments().get().getValue();
        assertThat(all).hasSize(8).allSatisfy(n -> assertThat(n.getAssignmentStatus()).isEqualTo(AssignmentStatus.Unassigned));

        List<NumberAssignment> calling = graph.admin().teams().telephoneNumberManagement().numberAssignments()
                .get(rc -> rc.queryParameters.filter = "numberType eq 'callingPlan'").getValue();
        assertThat(calling).hasSize(3).allSatisfy(n -> assertThat(n.getNumberType()).isEqualTo(NumberType.CallingPlan));

        var page = graph.admin().teams().telephoneNumberManagement().numberAssignments().get(rc -> rc.queryParameters.top = 5);
        assertThat(page.getValue()).hasSize(5);
        var rest = graph.admin().teams().telephoneNumberManagement().numberAssignments().withUrl(page.getOdataNextLink()).get();
        assertThat(rest.getValue()).hasSize(3);
        assertThat(rest.getOdataNextLink()).isNull();
    }

    @Test
    void assignNumberRunsAsALongRunningOperation() {
        // given operations that take a simulated minute
        tenant.settings(Map.of("operationDelay", "PT1M"));

        // when
        String location = assign("+4930123400", voiceUser, NumberType.DirectRouting);

        // then it is notStarted, then running, then succeeded as simulated time passes
        assertThat(location).contains("/v1.0/admin/teams/telephoneNumberManagement/operations/");
        assertThat(operation(location).getStatus()).isEqualTo(LongRunningOperationStatus.NotStarted);
        advance("PT40S");
        assertThat(operation(location).getStatus()).isEqualTo(LongRunningOperationStatus.Running);
        advance("PT30S");
        TelephoneNumberLongRunningOperation done = operation(location);
        assertThat(done.getStatus()).isEqualTo(LongRunningOperationStatus.Succeeded);
        assertThat(done.getCreatedDateTime()).isNotBlank();
        assertThat(done.getNumbers()).singleElement().satisfies(n -> assertThat(n.getResourceLocation()).contains("numberAssignments/4930123400"));
        NumberAssignment assigned = byFilter("telephoneNumber eq '+4930123400'");
        assertThat(assigned.getAssignmentStatus()).isEqualTo(AssignmentStatus.UserAssigned);
        assertThat(assigned.getAssignmentTargetId()).isEqualTo(voiceUser);
        assertThat(assigned.getAssignmentCategory()).isEqualTo(AssignmentCategory.Primary);
        assertThat(byFilter("assignmentTargetId eq '" + voiceUser + "'").getTelephoneNumber()).isEqualTo("+4930123400");

        // and unassigning frees it again
        UnassignNumberPostRequestBody unassign = new UnassignNumberPostRequestBody();
        unassign.setTelephoneNumber("+4930123400");
        unassign.setNumberType(NumberType.DirectRouting);
        graph.admin().teams().telephoneNumberManagement().numberAssignments().microsoftGraphTeamsAdministrationUnassignNumber().post(unassign);
        advance("PT2M");
        assertThat(byFilter("telephoneNumber eq '+4930123400'").getAssignmentStatus()).isEqualTo(AssignmentStatus.Unassigned);
    }

    @Test
    void failsLikeTeams() {
        String other = tenant.addUser("other", Map.of("licenses", List.of("SPE_E5")));
        String noPhone = tenant.addUser("nophone", Map.of("licenses", List.of("SPE_E3")));
        assertThat(finalDetail(assign("+4930123401", other, NumberType.DirectRouting))).isNull();

        assertThat(finalDetail(assign("+4930123401", voiceUser, NumberType.DirectRouting))).contains("already assigned");
        assertThat(finalDetail(assign("+442079990000", voiceUser, NumberType.CallingPlan))).contains("not found from tenant");
        assertThat(finalDetail(assign("+442071230000", voiceUser, NumberType.DirectRouting))).contains("callingPlan number");
        assertThat(finalDetail(assign("+4930123402", noPhone, NumberType.DirectRouting))).contains("Enterprise Voice");
        assertThat(finalDetail(assign("+442071230001", voiceUser, NumberType.CallingPlan))).contains("Calling Plan");
    }

    @Test
    void freshlyLicensedUsersWaitForPropagation() {
        // given a propagation delay of an hour and a user licensed just now
        tenant.settings(Map.of("licencePropagationDelay", "PT1H"));
        String fresh = tenant.addUser("fresh", Map.of());
        given().auth().oauth2(tenant.appToken()).contentType("application/json")
                .body(Map.of("addLicenses", List.of(Map.of("skuId", LicencesContractTest.SPE_E5, "disabledPlans", List.of())), "removeLicenses", List.of()))
                .post("/v1.0/users/" + fresh + "/assignLicense").then().statusCode(200);

        // then the first attempt fails, a later one succeeds
        assertThat(finalDetail(assign("+4930123403", fresh, NumberType.DirectRouting))).contains("Enterprise Voice");
        advance("PT2H");
        assertThat(finalDetail(assign("+4930123403", fresh, NumberType.DirectRouting))).isNull();
    }

    @Test
    void settlesOnlyTheOperationsThatAreDue() {
        // given an operation taking a simulated minute and, after a settings change, one taking ten
        tenant.settings(Map.of("operationDelay", "PT1M"));
        String quick = assign("+4930123400", voiceUser, NumberType.DirectRouting);
        tenant.settings(Map.of("operationDelay", "PT10M"));
        String other = tenant.addUser("other", Map.of("licenses", List.of("SPE_E5")));
        String slow = assign("+4930123401", other, NumberType.DirectRouting);

        // when two minutes pass, only the first is due and has run
        advance("PT2M");
        assertThat(operation(quick).getStatus()).isEqualTo(LongRunningOperationStatus.Succeeded);
        assertThat(operation(slow).getStatus()).isEqualTo(LongRunningOperationStatus.NotStarted);
        assertThat(byFilter("telephoneNumber eq '+4930123401'").getAssignmentStatus()).isEqualTo(AssignmentStatus.Unassigned);

        // then the second runs once it is due
        advance("PT10M");
        assertThat(operation(slow).getStatus()).isEqualTo(LongRunningOperationStatus.Succeeded);
        assertThat(byFilter("telephoneNumber eq '+4930123401'").getAssignmentTargetId()).isEqualTo(other);
    }

    @Test
    void finishedOperationsStayReadableForTheRetention() {
        // given a finished operation
        String location = assign("+4930123400", voiceUser, NumberType.DirectRouting);
        assertThat(finalDetail(location)).isNull();
        String path = location.substring(location.indexOf("/v1.0/"));

        // then it is still readable well after finishing, and not found once the retention (an hour) has passed
        advance("PT50M");
        assertThat(operation(location).getStatus()).isEqualTo(LongRunningOperationStatus.Succeeded);
        advance("PT20M");
        given().auth().oauth2(tenant.appToken()).get(path).then().statusCode(404);
    }

    @Test
    void aSecondPrimaryNumberReplacesTheFirst() {
        // given a user with a primary number
        assertThat(finalDetail(assign("+4930123400", voiceUser, NumberType.DirectRouting))).isNull();

        // when a second primary number is assigned to the user
        assertThat(finalDetail(assign("+4930123401", voiceUser, NumberType.DirectRouting))).isNull();

        // then the first is free again and the user holds only the second
        assertThat(byFilter("telephoneNumber eq '+4930123400'").getAssignmentStatus()).isEqualTo(AssignmentStatus.Unassigned);
        assertThat(assignedTo(voiceUser)).containsExactly("+4930123401");

        // and the freed number can go to someone else, while unassigning empties the user's numbers
        String other = tenant.addUser("other", Map.of("licenses", List.of("SPE_E5")));
        assertThat(finalDetail(assign("+4930123400", other, NumberType.DirectRouting))).isNull();
        assertThat(finalDetail(unassign("+4930123401"))).isNull();
        assertThat(assignedTo(voiceUser)).isEmpty();
        assertThat(assignedTo(other)).containsExactly("+4930123400");
    }

    private List<String> assignedTo(String userId) {
        return graph.admin().teams().telephoneNumberManagement().numberAssignments()
                .get(rc -> rc.queryParameters.filter = "assignmentTargetId eq '" + userId + "'").getValue().stream()
                .map(NumberAssignment::getTelephoneNumber).toList();
    }

    private String unassign(String number) {
        UnassignNumberPostRequestBody body = new UnassignNumberPostRequestBody();
        body.setTelephoneNumber(number);
        body.setNumberType(NumberType.DirectRouting);
        HeadersInspectionOption headers = new HeadersInspectionOption(false, true);
        graph.admin().teams().telephoneNumberManagement().numberAssignments().microsoftGraphTeamsAdministrationUnassignNumber()
                .post(body, rc -> rc.options.add(headers));
        return headers.getResponseHeaders().get("Location").iterator().next();
    }

    private String assign(String number, String userId, NumberType type) {
        AssignNumberPostRequestBody body = new AssignNumberPostRequestBody();
        body.setTelephoneNumber(number);
        body.setAssignmentTargetId(userId);
        body.setNumberType(type);
        body.setAssignmentCategory(AssignmentCategory.Primary);
        HeadersInspectionOption headers = new HeadersInspectionOption(false, true);
        graph.admin().teams().telephoneNumberManagement().numberAssignments().microsoftGraphTeamsAdministrationAssignNumber()
                .post(body, rc -> rc.options.add(headers));
        return headers.getResponseHeaders().get("Location").iterator().next();
    }

    private TelephoneNumberLongRunningOperation operation(String location) {
        String id = location.substring(location.lastIndexOf('/') + 1);
        return graph.admin().teams().telephoneNumberManagement().operations().byTelephoneNumberLongRunningOperationId(id).get();
    }

    /** Waits for the operation to finish; null when it succeeded, else the failure detail. */
    private String finalDetail(String location) {
        await().atMost(Duration.ofSeconds(20)).until(() -> operation(location).getStatus() == LongRunningOperationStatus.Succeeded
                || operation(location).getStatus() == LongRunningOperationStatus.Failed);
        TelephoneNumberLongRunningOperation op = operation(location);
        return op.getStatus() == LongRunningOperationStatus.Succeeded ? null : op.getNumbers().get(0).getStatusDetail();
    }

    private NumberAssignment byFilter(String filter) {
        return graph.admin().teams().telephoneNumberManagement().numberAssignments().get(rc -> rc.queryParameters.filter = filter)
                .getValue().get(0);
    }

    private static void advance(String by) {
        given().contentType("application/json").body(Map.of("by", by)).post("/_simulator/clock/advance").then().statusCode(200);
    }
}

package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.delta.DeltaGetResponse;
import com.microsoft.kiota.serialization.UntypedObject;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.graph.support.SimTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DeltaContractTest {

    private static final String[] SELECT = {"id", "displayName", "city", "officeLocation", "usageLocation", "accountEnabled"};

    private SimTenant tenant;
    private GraphServiceClient graph;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create(Map.of("settings", Map.of("deltaPageSize", 3)));
        graph = tenant.graph();
    }

    @Test
    void firstRoundPagesThroughEveryoneAndEndsWithADeltaLink() {
        // given seven users and a page size of three
        for (int i = 0; i < 7; i++) {
            tenant.addUser("u" + i, Map.of());
        }

        // when
        Round round = round(graph.users().delta().get(rc -> rc.queryParameters.select = SELECT));

        // then
        assertThat(round.pages).isEqualTo(3);
        assertThat(round.users).hasSize(7).allSatisfy(u -> assertThat(u.getCity()).isEqualTo("Berlin"));
        assertThat(round.deltaLink).contains("/v1.0/users/delta?$deltatoken=");
    }

    @Test
    void laterRoundsCarryOnlyChangedPropertiesPlusIdAndRemovals() {
        // given a finished first round
        String changed = tenant.addUser("changed", Map.of());
        String softDeleted = tenant.addUser("soft", Map.of());
        String purged = tenant.addUser("purged", Map.of());
        tenant.addUser("untouched", Map.of());
        Round first = round(graph.users().delta().get(rc -> rc.queryParameters.select = SELECT));

        // when one user moves, one is soft-deleted, one deleted for good, and one joins
        User move = new User();
        move.setCity("Hamburg");
        graph.users().byUserId(changed).patch(move);
        graph.users().byUserId(softDeleted).delete();
        graph.users().byUserId(purged).delete();
        graph.directory().deletedItems().byDirectoryObjectId(purged).delete();
        String joined = tenant.addUser("joined", Map.of());
        Round second = round(graph.users().delta().withUrl(first.deltaLink).get());

        // then
        assertThat(second.users).extracting(User::getId).containsExactlyInAnyOrder(changed, softDeleted, purged, joined);
        User moved = byId(second, changed);
        assertThat(moved.getCity()).isEqualTo("Hamburg");
        assertThat(moved.getDisplayName()).as("unchanged property is left out").isNull();
        assertThat(moved.getAccountEnabled()).isNull();
        assertThat(moved.getUsageLocation()).isNull();
        assertThat(removedReason(byId(second, softDeleted))).isEqualTo("changed");
        assertThat(removedReason(byId(second, purged))).isEqualTo("deleted");
        assertThat(byId(second, joined).getDisplayName()).isEqualTo("joined");

        // and a third round without changes is empty
        assertThat(round(graph.users().delta().withUrl(second.deltaLink).get()).users).isEmpty();
    }

    @Test
    void expiredTokensDemandAResyncWith410() {
        // given
        tenant.addUser("x", Map.of());
        String deltaLink = round(graph.users().delta().get()).deltaLink;

        // when the tenant's tokens are expired by the admin switch
        given().post("/_simulator/tenants/" + tenant.id + "/delta/expire-tokens").then().statusCode(200);

        // then the SDK sees 410 syncStateNotFound, and raw HTTP shows Graph's error shape
        ODataError error = catchThrowableOfType(ODataError.class, () -> graph.users().delta().withUrl(deltaLink).get());
        assertThat(error.getResponseStatusCode()).isEqualTo(410);
        assertThat(error.getError().getCode()).isEqualTo("syncStateNotFound");
        given().auth().oauth2(tenant.appToken()).urlEncodingEnabled(false).get(deltaLink)
                .then().statusCode(410).body("error.code", equalTo("syncStateNotFound"));
        given().auth().oauth2(tenant.appToken()).queryParam("$deltatoken", "garbage").get("/v1.0/users/delta")
                .then().statusCode(410).body("error.code", equalTo("syncStateNotFound"));
        // and a fresh round works again
        assertThat(round(graph.users().delta().get()).users).hasSize(1);
    }

    @Test
    void tokensOutliveNeitherTheirLifetimeNorTheirTenant() {
        // given a token lifetime of one day
        tenant.settings(Map.of("deltaTokenLifetime", "P1D"));
        tenant.addUser("y", Map.of());
        String deltaLink = round(graph.users().delta().get()).deltaLink;

        // when two simulated days pass
        given().contentType("application/json").body(Map.of("by", "P2D")).post("/_simulator/clock/advance").then().statusCode(200);

        // then
        ODataError error = catchThrowableOfType(ODataError.class, () -> graph.users().delta().withUrl(deltaLink).get());
        assertThat(error.getResponseStatusCode()).isEqualTo(410);

        // and another tenant cannot use this tenant's tokens
        SimTenant other = SimTenant.create();
        String fresh = round(graph.users().delta().get()).deltaLink;
        given().auth().oauth2(other.appToken()).urlEncodingEnabled(false).get(fresh).then().statusCode(410);
    }

    @Test
    void latestTokenStartsTrackingFromNow() {
        tenant.addUser("before", Map.of());
        DeltaGetResponse latest = graph.users().delta().withUrl(tenant.baseUrl() + "/v1.0/users/delta?$deltatoken=latest").get();
        assertThat(latest.getValue()).isEmpty();
        tenant.addUser("after", Map.of());
        assertThat(round(graph.users().delta().withUrl(latest.getOdataDeltaLink()).get()).users)
                .extracting(User::getDisplayName).containsExactly("after");
    }

    private Round round(DeltaGetResponse page) {
        Round round = new Round();
        while (true) {
            round.pages++;
            round.users.addAll(page.getValue());
            if (page.getOdataNextLink() == null) {
                round.deltaLink = page.getOdataDeltaLink();
                return round;
            }
            page = graph.users().delta().withUrl(page.getOdataNextLink()).get();
        }
    }

    private static User byId(Round round, String id) {
        return round.users.stream().filter(u -> id.equals(u.getId())).findFirst().orElseThrow();
    }

    private static String removedReason(User user) {
        Object removed = user.getAdditionalData().get("@removed");
        assertThat(removed).as("@removed on " + user.getId()).isInstanceOf(UntypedObject.class);
        return String.valueOf(((UntypedObject) removed).getValue().get("reason").getValue());
    }

    private static final class Round {
        int pages;
        final List<User> users = new ArrayList<>();
        String deltaLink;
    }
}

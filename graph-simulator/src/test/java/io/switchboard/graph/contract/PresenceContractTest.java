package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.graph.communications.getpresencesbyuserid.GetPresencesByUserIdPostRequestBody;
import com.microsoft.graph.models.Presence;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.presence.clearpresence.ClearPresencePostRequestBody;
import com.microsoft.graph.users.item.presence.setpresence.SetPresencePostRequestBody;
import com.microsoft.graph.users.item.presence.setuserpreferredpresence.SetUserPreferredPresencePostRequestBody;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.graph.support.SimTenant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PresenceContractTest {

    private SimTenant tenant;
    private GraphServiceClient graph;
    private String userId;

    @BeforeEach
    void setUp() {
        tenant = SimTenant.create(Map.of("settings", Map.of("presenceIdleAfter", "PT5M", "presenceAwayAfter", "PT5M")));
        graph = tenant.graph();
        userId = tenant.addUser("pres", Map.of());
    }

    @Test
    void setPresenceIsReadBackThroughEveryPresenceEndpoint() {
        // when
        graph.users().byUserId(userId).presence().setPresence().post(set(tenant.clientId, "Busy", "InACall", "PT1H"));

        // then
        Presence viaUser = graph.users().byUserId(userId).presence().get();
        Presence viaCommunications = graph.communications().presences().byPresenceId(userId).get();
        GetPresencesByUserIdPostRequestBody ids = new GetPresencesByUserIdPostRequestBody();
        ids.setIds(List.of(userId, UUID.randomUUID().toString()));
        List<Presence> batch = graph.communications().getPresencesByUserId().post(ids).getValue();
        assertThat(List.of(viaUser, viaCommunications)).allSatisfy(p -> {
            assertThat(p.getAvailability()).isEqualTo("Busy");
            assertThat(p.getActivity()).isEqualTo("InACall");
        });
        assertThat(batch).singleElement().satisfies(p -> assertThat(p.getId()).isEqualTo(userId));

        // and clearing the only session leaves the user offline
        ClearPresencePostRequestBody clear = new ClearPresencePostRequestBody();
        clear.setSessionId(tenant.clientId);
        graph.users().byUserId(userId).presence().clearPresence().post(clear);
        assertThat(graph.users().byUserId(userId).presence().get().getAvailability()).isEqualTo("Offline");
    }

    @Test
    void preferredPresenceOverridesSessions() {
        graph.users().byUserId(userId).presence().setPresence().post(set(tenant.clientId, "Busy", "InACall", null));
        SetUserPreferredPresencePostRequestBody preferred = new SetUserPreferredPresencePostRequestBody();
        preferred.setAvailability("DoNotDisturb");
        preferred.setActivity("DoNotDisturb");
        graph.users().byUserId(userId).presence().setUserPreferredPresence().post(preferred);
        assertThat(graph.users().byUserId(userId).presence().get().getActivity()).isEqualTo("DoNotDisturb");

        graph.users().byUserId(userId).presence().clearUserPreferredPresence().post();
        assertThat(graph.users().byUserId(userId).presence().get().getActivity()).isEqualTo("InACall");
    }

    @Test
    void availableFadesToInactiveThenAwayAndExpiresToOffline() {
        // given an Available session for ten minutes... of simulated time
        graph.users().byUserId(userId).presence().setPresence().post(set(tenant.clientId, "Available", "Available", "PT12M"));
        assertThat(view()).isEqualTo("Available/Available");

        // when time passes, the state fades step by step
        advance("PT6M");
        assertThat(view()).isEqualTo("Available/AvailableInactive");
        advance("PT5M");
        assertThat(view()).isEqualTo("Away/Away");
        advance("PT2M");
        assertThat(view()).isEqualTo("Offline/Offline");
    }

    @Test
    void refusesWhatGraphRefuses() {
        String path = "/v1.0/users/" + userId + "/presence/setPresence";
        given().auth().oauth2(tenant.appToken()).contentType("application/json")
                .body(Map.of("sessionId", tenant.clientId, "availability", "Busy", "activity", "InAMeeting"))
                .post(path).then().statusCode(400).body("error.code", equalTo("BadRequest"));
        given().auth().oauth2(tenant.appToken()).contentType("application/json")
                .body(Map.of("sessionId", tenant.clientId, "availability", "Busy", "activity", "InACall", "expirationDuration", "PT5H"))
                .post(path).then().statusCode(400);
        given().auth().oauth2(tenant.appToken()).contentType("application/json")
                .body(Map.of("sessionId", UUID.randomUUID().toString(), "availability", "Busy", "activity", "InACall"))
                .post(path).then().statusCode(400);
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 651; i++) {
            tooMany.add(UUID.randomUUID().toString());
        }
        GetPresencesByUserIdPostRequestBody ids = new GetPresencesByUserIdPostRequestBody();
        ids.setIds(tooMany);
        ODataError error = catchThrowableOfType(ODataError.class, () -> graph.communications().getPresencesByUserId().post(ids));
        assertThat(error.getResponseStatusCode()).isEqualTo(400);
        ids.setIds(tooMany.subList(0, 650));
        assertThat(graph.communications().getPresencesByUserId().post(ids).getValue()).isEmpty();
    }

    @Test
    void sessionsAggregateByPrecedence() {
        // given a second app with its own session
        String other = given().contentType("application/json").body(Map.of("clientId", "other-" + tenant.id, "clientSecret", "o",
                "roles", List.of("Presence.ReadWrite.All"))).post("/_simulator/tenants/" + tenant.id + "/apps").then().extract().path("clientId");
        String otherToken = given().formParams(Map.of("grant_type", "client_credentials", "client_id", other, "client_secret", "o",
                "scope", "https://graph.microsoft.com/.default")).post("/" + tenant.id + "/oauth2/v2.0/token").then().extract().path("access_token");

        // when one app says Available and the other DoNotDisturb
        graph.users().byUserId(userId).presence().setPresence().post(set(tenant.clientId, "Available", "Available", null));
        given().auth().oauth2(otherToken).contentType("application/json")
                .body(Map.of("sessionId", other, "availability", "DoNotDisturb", "activity", "Presenting"))
                .post("/v1.0/users/" + userId + "/presence/setPresence").then().statusCode(200);

        // then DoNotDisturb wins
        assertThat(view()).isEqualTo("DoNotDisturb/Presenting");
    }

    private String view() {
        Presence p = graph.users().byUserId(userId).presence().get();
        return p.getAvailability() + "/" + p.getActivity();
    }

    private static void advance(String by) {
        given().contentType("application/json").body(Map.of("by", by)).post("/_simulator/clock/advance").then().statusCode(200);
    }

    private static SetPresencePostRequestBody set(String sessionId, String availability, String activity, String expiration) {
        SetPresencePostRequestBody body = new SetPresencePostRequestBody();
        body.setSessionId(sessionId);
        body.setAvailability(availability);
        body.setActivity(activity);
        if (expiration != null) {
            body.setExpirationDuration(PeriodAndDuration.of(expiration));
        }
        return body;
    }

    /** The SDK models durations as Kiota's PeriodAndDuration. */
    private static final class PeriodAndDuration {
        static com.microsoft.kiota.PeriodAndDuration of(String iso) {
            return com.microsoft.kiota.PeriodAndDuration.parse(iso);
        }
    }
}

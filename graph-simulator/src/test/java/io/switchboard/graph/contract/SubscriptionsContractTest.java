package io.switchboard.graph.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.graph.models.Subscription;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.graph.support.NotificationReceiver;
import io.switchboard.graph.support.SimTenant;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SubscriptionsContractTest {

    private SimTenant tenant;
    private GraphServiceClient graph;
    private NotificationReceiver receiver;

    @BeforeEach
    void setUp() throws Exception {
        tenant = SimTenant.create(Map.of("settings", Map.of("validationTimeout", "PT2S")));
        graph = tenant.graph();
        receiver = new NotificationReceiver();
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void userSubscriptionsValidateTheEndpointAndNotifyChanges() {
        // given
        String userId = tenant.addUser("watched", Map.of());
        Subscription created = graph.subscriptions().post(subscription("users", "updated,deleted", in(Duration.ofDays(2))));

        // when the user changes and is deleted
        User change = new User();
        change.setCity("Munich");
        graph.users().byUserId(userId).patch(change);
        graph.users().byUserId(userId).delete();

        // then both changes arrive with Graph's notification shape
        await().atMost(Duration.ofSeconds(20)).until(() -> receiver.items().size() >= 2);
        JsonNode updated = receiver.items().stream().filter(n -> n.path("changeType").asText().equals("updated")).findFirst().orElseThrow();
        assertThat(updated.path("subscriptionId").asText()).isEqualTo(created.getId());
        assertThat(updated.path("clientState").asText()).isEqualTo("secret-state");
        assertThat(updated.path("tenantId").asText()).isEqualTo(tenant.id);
        assertThat(updated.path("resource").asText()).isEqualTo("Users/" + userId);
        assertThat(updated.path("resourceData").path("id").asText()).isEqualTo(userId);
        assertThat(updated.path("resourceData").path("@odata.type").asText()).isEqualTo("#Microsoft.Graph.User");
        assertThat(updated.path("resourceData").path("@odata.id").asText()).isEqualTo("Users/" + userId);
        assertThat(updated.path("subscriptionExpirationDateTime").asText()).isNotBlank();
        assertThat(receiver.items()).anySatisfy(n -> assertThat(n.path("changeType").asText()).isEqualTo("deleted"));
    }

    @Test
    void creationFailsWhenTheEndpointDoesNotEchoTheToken() {
        receiver.validation(NotificationReceiver.Validation.WRONG_TOKEN);
        ODataError wrong = catchThrowableOfType(ODataError.class,
                () -> graph.subscriptions().post(subscription("users", "updated", in(Duration.ofHours(1)))));
        assertThat(wrong.getResponseStatusCode()).isEqualTo(400);
        assertThat(wrong.getError().getMessage()).contains("validation");

        receiver.validation(NotificationReceiver.Validation.REFUSE);
        ODataError refused = catchThrowableOfType(ODataError.class,
                () -> graph.subscriptions().post(subscription("users", "updated", in(Duration.ofHours(1)))));
        assertThat(refused.getResponseStatusCode()).isEqualTo(400);
        assertThat(graph.subscriptions().get().getValue()).isEmpty();
    }

    @Test
    void renewListAndDelete() {
        Subscription created = graph.subscriptions().post(subscription("users", "updated", in(Duration.ofHours(1))));
        Subscription renew = new Subscription();
        renew.setExpirationDateTime(in(Duration.ofDays(3)));
        Subscription renewed = graph.subscriptions().bySubscriptionId(created.getId()).patch(renew);
        assertThat(renewed.getExpirationDateTime()).isAfter(created.getExpirationDateTime());
        assertThat(graph.subscriptions().get().getValue()).extracting(Subscription::getId).containsExactly(created.getId());

        graph.subscriptions().bySubscriptionId(created.getId()).delete();
        ODataError gone = catchThrowableOfType(ODataError.class, () -> graph.subscriptions().bySubscriptionId(created.getId()).get());
        assertThat(gone.getResponseStatusCode()).isEqualTo(404);
    }

    @Test
    void subscriptionsExpire() {
        Subscription created = graph.subscriptions().post(subscription("users", "updated", in(Duration.ofHours(1))));
        given().contentType("application/json").body(Map.of("by", "PT2H")).post("/_simulator/clock/advance").then().statusCode(200);
        ODataError gone = catchThrowableOfType(ODataError.class, () -> graph.subscriptions().bySubscriptionId(created.getId()).get());
        assertThat(gone.getResponseStatusCode()).isEqualTo(404);
    }

    @Test
    void presenceSubscriptionsNeedADelegatedTokenAndNotifyPresenceChanges() {
        // given
        String userId = tenant.addUser("busy", Map.of());
        given().contentType("application/json").body(Map.of("username", "sync@" + tenant.domain(), "password", "pw"))
                .post("/_simulator/tenants/" + tenant.id + "/people").then().statusCode(201);
        String delegated = tenant.userToken("sync@" + tenant.domain(), "pw");
        String resource = "/communications/presences?$filter=id in ('" + userId + "')";
        Map<String, Object> body = Map.of("changeType", "updated", "notificationUrl", receiver.url(), "resource", resource,
                "expirationDateTime", in(Duration.ofMinutes(50)).toString(), "clientState", "p");

        // then an app token is refused, a lifetime over an hour too
        given().auth().oauth2(tenant.appToken()).contentType("application/json").body(body).post("/v1.0/subscriptions")
                .then().statusCode(403).body("error.code", equalTo("Forbidden"));
        Map<String, Object> tooLong = new java.util.HashMap<>(body);
        tooLong.put("expirationDateTime", in(Duration.ofMinutes(90)).toString());
        given().auth().oauth2(delegated).contentType("application/json").body(tooLong).post("/v1.0/subscriptions").then().statusCode(400);

        // when a delegated subscription exists and the user's presence changes
        given().auth().oauth2(delegated).contentType("application/json").body(body).post("/v1.0/subscriptions").then().statusCode(201);
        given().auth().oauth2(tenant.appToken()).contentType("application/json")
                .body(Map.of("sessionId", tenant.clientId, "availability", "Busy", "activity", "InACall"))
                .post("/v1.0/users/" + userId + "/presence/setPresence").then().statusCode(200);

        // then
        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.items().isEmpty());
        JsonNode n = receiver.items().get(0);
        assertThat(n.path("resource").asText()).isEqualTo("communications/presences('" + userId + "')");
        assertThat(n.path("resourceData").path("@odata.type").asText()).isEqualTo("#Microsoft.Graph.presence");
        assertThat(n.path("changeType").asText()).isEqualTo("updated");
    }

    @Test
    void presenceSubscriptionsTakeAtMost650Users() {
        given().contentType("application/json").body(Map.of("username", "sync2@" + tenant.domain(), "password", "pw"))
                .post("/_simulator/tenants/" + tenant.id + "/people").then().statusCode(201);
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 651; i++) {
            ids.append(i == 0 ? "" : ",").append("'").append(java.util.UUID.randomUUID()).append("'");
        }
        given().auth().oauth2(tenant.userToken("sync2@" + tenant.domain(), "pw")).contentType("application/json")
                .body(Map.of("changeType", "updated", "notificationUrl", receiver.url(), "expirationDateTime", in(Duration.ofMinutes(30)).toString(),
                        "resource", "/communications/presences?$filter=id in (" + ids + ")"))
                .post("/v1.0/subscriptions").then().statusCode(400);
    }

    private Subscription subscription(String resource, String changeType, OffsetDateTime expiration) {
        Subscription s = new Subscription();
        s.setResource(resource);
        s.setChangeType(changeType);
        s.setNotificationUrl(receiver.url());
        s.setExpirationDateTime(expiration);
        s.setClientState("secret-state");
        return s;
    }

    /** Relative to the simulator's clock, which other tests may have moved forward. */
    private static OffsetDateTime in(Duration duration) {
        String now = given().get("/_simulator/clock").then().extract().path("now");
        return OffsetDateTime.parse(now).plus(duration).withOffsetSameInstant(ZoneOffset.UTC);
    }

}

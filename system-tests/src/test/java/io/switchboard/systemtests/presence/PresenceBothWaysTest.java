package io.switchboard.systemtests.presence;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.systemtests.support.Graph;
import io.switchboard.systemtests.support.Http;
import io.switchboard.systemtests.support.PlatformSignatures;
import io.switchboard.systemtests.support.Stack;
import io.switchboard.systemtests.support.SystemTest;
import io.switchboard.systemtests.support.WebhookReceiver;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A phone platform and Teams see each other's presence through the bridge. */
class PresenceBothWaysTest extends SystemTest {

    private static final String INBOUND_SECRET = "pbx-to-switchboard-" + UUID.randomUUID();
    private static final String OUTBOUND_SECRET = "switchboard-to-pbx-" + UUID.randomUUID();

    private final WebhookReceiver pbx = new WebhookReceiver();
    private String platformId;
    private Graph.User user;

    @BeforeEach
    void aPlatformAndAUserTheBridgeKnows() {
        // an admin registers the company's PBX, which names people by their UPN and wants Teams changes pushed
        platformId = "pbx-" + UUID.randomUUID().toString().substring(0, 8);
        admin.call("admin", "PUT", "presence-bridge", "/platforms/" + platformId, Map.of("name", "Office PBX",
                "identityKey", "UPN", "conflictPolicy", "PRIMARY", "inboundSecret", INBOUND_SECRET,
                "outboundSecret", OUTBOUND_SECRET, "webhookUrls", List.of(pbx.url()))).expect(200, 201);
        // a new hire: the bridge learns them from directory.user-changes
        user = licensedUser("talker", "Berlin", "Berlin HQ", "DE");
        eventually().untilAsserted(() -> assertThat(admin.get("presence-bridge", "/platforms/" + platformId + "/matches?identity="
                + user.upn()).expect(200).json().path("userId").asText()).isEqualTo(user.id()));
    }

    @AfterEach
    void removePlatform() {
        pbx.close();
        admin.call("admin", "DELETE", "presence-bridge", "/platforms/" + platformId, null);
    }

    @Test
    void aCallOnThePlatformShowsInTeams() {
        // when the PBX reports the user in a call, signed with its secret
        String body = "{\"identity\":\"" + user.upn() + "\",\"state\":\"in_call\"}";
        long now = System.currentTimeMillis() / 1000;
        Http.send("POST", stack.service("presence-bridge") + "/api/tenants/" + Stack.TENANT + "/platforms/" + platformId + "/presence",
                null, body, Map.of(PlatformSignatures.TIMESTAMP_HEADER, Long.toString(now),
                        PlatformSignatures.SIGNATURE_HEADER, PlatformSignatures.sign(INBOUND_SECRET, now, body))).expect(202);

        // then Teams shows them busy in a call
        eventually().untilAsserted(() -> assertThat(graph.teams().presence(user.id())).isEqualTo("Busy/InACall"));
    }

    @Test
    void aBadSignatureIsRefused() {
        String body = "{\"identity\":\"" + user.upn() + "\",\"state\":\"in_call\"}";
        long now = System.currentTimeMillis() / 1000;
        Http.Reply reply = Http.send("POST", stack.service("presence-bridge") + "/api/tenants/" + Stack.TENANT + "/platforms/"
                + platformId + "/presence", null, body, Map.of(PlatformSignatures.TIMESTAMP_HEADER, Long.toString(now),
                PlatformSignatures.SIGNATURE_HEADER, PlatformSignatures.sign("not-the-secret-at-all", now, body)));
        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void aTeamsChangeReachesThePlatformSigned() {
        // when the user's Teams client says they are presenting
        graph.teams().sets(user.id(), "DoNotDisturb", "Presenting");

        // then the PBX receives the user's new state under their PBX identity, signed with the outbound secret
        eventually().untilAsserted(() -> assertThat(pbx.deliveries()).anySatisfy(d -> {
            assertThat(d.json().path("identity").asText()).isEqualToIgnoringCase(user.upn());
            assertThat(d.json().path("state").asText()).isEqualTo("presenting");
        }));
        assertThat(pbx.deliveries()).allSatisfy(d -> assertThat(d.signature())
                .isEqualTo(PlatformSignatures.sign(OUTBOUND_SECRET, Long.parseLong(d.timestamp()), d.body())));
    }
}

package io.switchboard.presence.inbound;

import io.switchboard.presence.config.PresenceConfig;
import io.switchboard.presence.platforms.SignatureVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** The application's one signature verifier, so the replay cache covers every request. */
@ApplicationScoped
public class WebhookVerification {

    private final SignatureVerifier verifier;

    public WebhookVerification(PresenceConfig config) {
        this.verifier = new SignatureVerifier(Clock.systemUTC(), config.webhook().replayWindow());
    }

    /** Null when the request is authentic, else why it is refused; replays are recognised per sender. */
    public String verify(String sender, String secret, String timestamp, String signature, byte[] body) {
        SignatureVerifier.Verdict verdict = verifier.verify(sender, secret, timestamp, signature, body);
        return verdict == SignatureVerifier.Verdict.VALID ? null : verdict.reason();
    }
}

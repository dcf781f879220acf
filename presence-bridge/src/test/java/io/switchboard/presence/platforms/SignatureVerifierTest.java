package io.switchboard.presence.platforms;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.presence.platforms.SignatureVerifier.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignatureVerifierTest {

    private static final String SECRET = "a-very-secret-inbound-key";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final byte[] BODY = "{\"identity\":\"101\",\"state\":\"in_call\"}".getBytes(StandardCharsets.UTF_8);

    private final SignatureVerifier verifier = new SignatureVerifier(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
    private final long now = NOW.getEpochSecond();

    @Test
    void aFreshCorrectSignatureIsValid() {
        assertThat(verifier.verify(SECRET, Long.toString(now), WebhookSignatures.sign(SECRET, now, BODY), BODY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void theSignatureCoversTimestampAndBody() {
        // the documented scheme: HMAC-SHA256 over "<timestamp>.<body>", hex
        assertThat(WebhookSignatures.sign("key", 1, "x".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=" + hmacOf("key", "1.x"));
    }

    @Test
    void aChangedBodyOrTimestampOrSecretFails() {
        String signature = WebhookSignatures.sign(SECRET, now, BODY);
        assertThat(verifier.verify(SECRET, Long.toString(now), signature, "{}".getBytes(StandardCharsets.UTF_8))).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(verifier.verify(SECRET, Long.toString(now - 1), signature, BODY)).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(verifier.verify("another-secret-of-length", Long.toString(now), signature, BODY)).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(verifier.verify(SECRET, Long.toString(now), "sha256=zz", BODY)).isEqualTo(Verdict.BAD_SIGNATURE);
        assertThat(verifier.verify(SECRET, Long.toString(now), signature.substring(7), BODY)).isEqualTo(Verdict.BAD_SIGNATURE);
    }

    @Test
    void aTimestampOutsideFiveMinutesIsRefusedEvenWhenCorrectlySigned() {
        long old = now - 301;
        assertThat(verifier.verify(SECRET, Long.toString(old), WebhookSignatures.sign(SECRET, old, BODY), BODY)).isEqualTo(Verdict.EXPIRED);
        long future = now + 301;
        assertThat(verifier.verify(SECRET, Long.toString(future), WebhookSignatures.sign(SECRET, future, BODY), BODY)).isEqualTo(Verdict.EXPIRED);
        long edge = now - 300;
        assertThat(verifier.verify(SECRET, Long.toString(edge), WebhookSignatures.sign(SECRET, edge, BODY), BODY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void theSameSignatureFromTwoSendersIsNoReplay() {
        String signature = WebhookSignatures.sign(SECRET, now, BODY);
        assertThat(verifier.verify("t1/zoom", SECRET, Long.toString(now), signature, BODY)).isEqualTo(Verdict.VALID);
        assertThat(verifier.verify("t2/zoom", SECRET, Long.toString(now), signature, BODY)).isEqualTo(Verdict.VALID);
        assertThat(verifier.verify("t1/zoom", SECRET, Long.toString(now), signature, BODY)).isEqualTo(Verdict.REPLAYED);
    }

    @Test
    void aReplayedRequestIsRefused() {
        String signature = WebhookSignatures.sign(SECRET, now, BODY);
        assertThat(verifier.verify(SECRET, Long.toString(now), signature, BODY)).isEqualTo(Verdict.VALID);
        assertThat(verifier.verify(SECRET, Long.toString(now), signature, BODY)).isEqualTo(Verdict.REPLAYED);
    }

    @Test
    void missingOrGarbledHeadersAreRefused() {
        assertThat(verifier.verify(SECRET, null, "sha256=00", BODY)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(verifier.verify(SECRET, Long.toString(now), null, BODY)).isEqualTo(Verdict.MISSING_HEADERS);
        assertThat(verifier.verify(SECRET, "yesterday", "sha256=00", BODY)).isEqualTo(Verdict.BAD_TIMESTAMP);
    }

    private static String hmacOf(String key, String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

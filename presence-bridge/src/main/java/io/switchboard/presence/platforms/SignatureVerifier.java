package io.switchboard.presence.platforms;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Checks an inbound webhook: a valid signature, a timestamp within the replay window, and a
 * signature not seen before within that window. Thread-safe; the replay cache only holds entries
 * younger than the window, so its size is bounded by the request rate times the window.
 */
public final class SignatureVerifier {

    /** Why a request was refused; the text goes into the 401 answer. */
    public enum Verdict {
        VALID(""),
        MISSING_HEADERS("the headers " + WebhookSignatures.TIMESTAMP_HEADER + " and " + WebhookSignatures.SIGNATURE_HEADER + " are required"),
        BAD_TIMESTAMP(WebhookSignatures.TIMESTAMP_HEADER + " must be the signing time in epoch seconds"),
        EXPIRED("the timestamp is outside the replay window; sign each request with the current time"),
        BAD_SIGNATURE("the signature does not match: HMAC-SHA256 over '<timestamp>.<body>' with the platform's inbound secret, hex, prefixed 'sha256='"),
        REPLAYED("this signature was already used; every request needs a fresh timestamp");

        private final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    private final Clock clock;
    private final Duration window;
    private final Map<String, Long> seen = new LinkedHashMap<>();

    public SignatureVerifier(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    public Verdict verify(String secret, String timestampHeader, String signatureHeader, byte[] body) {
        return verify("", secret, timestampHeader, signatureHeader, body);
    }

    /**
     * As {@link #verify(String, String, String, byte[])}, with replays recognised per {@code sender}
     * (e.g. tenant and platform): two platforms that share a secret and send the same body in the
     * same second produce the same signature, and neither is a replay of the other.
     */
    public Verdict verify(String sender, String secret, String timestampHeader, String signatureHeader, byte[] body) {
        if (timestampHeader == null || signatureHeader == null) {
            return Verdict.MISSING_HEADERS;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.trim());
        } catch (NumberFormatException e) {
            return Verdict.BAD_TIMESTAMP;
        }
        long now = clock.millis() / 1000;
        if (Math.abs(now - timestamp) > window.toSeconds()) {
            return Verdict.EXPIRED;
        }
        // Check the signature before touching the cache, so unsigned junk cannot fill it.
        if (!WebhookSignatures.matches(secret, timestamp, body, signatureHeader)) {
            return Verdict.BAD_SIGNATURE;
        }
        return remember(sender + "|" + signatureHeader.trim(), now) ? Verdict.VALID : Verdict.REPLAYED;
    }

    private synchronized boolean remember(String signature, long now) {
        for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue() > 2 * window.toSeconds()) {
                it.remove();
            } else {
                break; // insertion order = time order
            }
        }
        return seen.putIfAbsent(signature, now) == null;
    }
}

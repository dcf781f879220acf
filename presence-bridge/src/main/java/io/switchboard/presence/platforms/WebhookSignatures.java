package io.switchboard.presence.platforms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 webhook signatures, the same scheme in both directions: the signed text is
 * {@code timestamp + "." + body} (timestamp in epoch seconds), sent as
 * {@code X-Switchboard-Timestamp: <seconds>} and {@code X-Switchboard-Signature: sha256=<hex>}.
 * Signing the timestamp with the body stops an attacker from replaying an old body with a fresh time.
 */
public final class WebhookSignatures {

    public static final String TIMESTAMP_HEADER = "X-Switchboard-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Switchboard-Signature";
    public static final String PREFIX = "sha256=";

    private WebhookSignatures() {
    }

    /** The header value for {@code body} sent at {@code epochSeconds}. */
    public static String sign(String secret, long epochSeconds, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(mac(secret, epochSeconds, body));
    }

    /** Constant-time comparison of {@code header} with the expected signature. */
    static boolean matches(String secret, long epochSeconds, byte[] body, String header) {
        if (header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, epochSeconds, body), given);
    }

    private static byte[] mac(String secret, long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((epochSeconds + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}

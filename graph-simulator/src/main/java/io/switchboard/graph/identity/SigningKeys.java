package io.switchboard.graph.identity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.graph.common.Json;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * The RSA key that signs every token (RS256), generated at startup. Tokens therefore do not survive a
 * restart of the simulator; clients simply fetch new ones after their cached token is refused.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keyPair;
    private final String keyId;

    public SigningKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keyPair = generator.generateKeyPair();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey().getModulus().toByteArray());
            keyId = B64.encodeToString(digest).substring(0, 27);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No RSA support in this JVM", e);
        }
    }

    public String keyId() {
        return keyId;
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keyPair.getPublic();
    }

    byte[] sign(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keyPair.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean verify(String signingInput, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(keyPair.getPublic());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The JSON Web Key Set published at the {@code jwks_uri}. */
    public ObjectNode jwks() {
        ObjectNode root = Json.object();
        ObjectNode key = root.putArray("keys").addObject();
        key.put("kty", "RSA");
        key.put("use", "sig");
        key.put("alg", "RS256");
        key.put("kid", keyId);
        key.put("n", B64.encodeToString(unsigned(publicKey().getModulus())));
        key.put("e", B64.encodeToString(unsigned(publicKey().getPublicExponent())));
        return root;
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}

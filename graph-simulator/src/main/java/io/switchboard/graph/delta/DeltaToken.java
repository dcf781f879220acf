package io.switchboard.graph.delta;

import io.switchboard.graph.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * State of a delta round, carried opaquely in {@code $skiptoken} (round in progress) and {@code $deltatoken}
 * (round finished) the way Graph keeps sync state in its links.
 *
 * @param tenantId tenant the token belongs to
 * @param since    changes after this directory version are reported (0: initial full round)
 * @param upTo     directory version when the round started; the next round starts from here
 * @param afterSeq last user (creation sequence) already returned in this round
 * @param epoch    the tenant's delta epoch at issue time; an admin bump invalidates older tokens
 * @param issuedAt epoch millis (simulator clock) of the round's start, for the token lifetime
 * @param select   the $select of the first request, kept for the whole sync
 */
public record DeltaToken(String tenantId, long since, long upTo, long afterSeq, long epoch, long issuedAt, String select) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(this).getBytes(StandardCharsets.UTF_8));
    }

    public static Optional<DeltaToken> decode(String text) {
        try {
            return Optional.of(Json.MAPPER.readValue(Base64.getUrlDecoder().decode(text), DeltaToken.class));
        } catch (Exception unknown) {
            return Optional.empty();
        }
    }
}

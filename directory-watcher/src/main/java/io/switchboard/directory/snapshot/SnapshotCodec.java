package io.switchboard.directory.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON form of a {@link UserSnapshot} in {@code user_snapshot.data}. */
public final class SnapshotCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SnapshotCodec() {
    }

    public static String write(UserSnapshot snapshot) {
        try {
            return JSON.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the snapshot of user " + snapshot.id(), e);
        }
    }

    public static UserSnapshot read(String json) {
        try {
            return JSON.readValue(json, UserSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored user snapshot is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}

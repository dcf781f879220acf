package io.switchboard.graph.client;

import java.time.Duration;

/**
 * How a Graph client behaves on the wire.
 *
 * @param maxRetries     retries of the SDK's own retry handler for 429/503/504; 0 disables it so that the
 *                       caller sees every throttling answer and can honour Retry-After itself
 * @param connectTimeout TCP connect timeout
 * @param callTimeout    whole-call timeout, including retries done by the SDK
 */
public record GraphClientOptions(int maxRetries, Duration connectTimeout, Duration callTimeout) {

    /** The SDK's own limit for its retry handler. */
    public static final int SDK_MAX_RETRIES = 10;

    public GraphClientOptions {
        if (maxRetries < 0 || maxRetries > SDK_MAX_RETRIES) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + SDK_MAX_RETRIES + ", was " + maxRetries);
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(100) : callTimeout;
    }

    /** The SDK defaults: three retries honouring Retry-After. */
    public static GraphClientOptions defaults() {
        return new GraphClientOptions(3, null, null);
    }

    /** No SDK retries: every 429/503 reaches the caller as an {@link com.microsoft.kiota.ApiException}. */
    public static GraphClientOptions withoutRetries() {
        return new GraphClientOptions(0, null, null);
    }

    public boolean retriesEnabled() {
        return maxRetries > 0;
    }
}

package io.switchboard.graph.client;

import java.time.Duration;

/**
 * How a Graph client behaves on the wire.
 *
 * @param maxRetries     retries of the SDK's own retry handler for 429/503/504; 0 disables it so that the
 *                       caller sees every throttling answer and can honour Retry-After itself
 * @param connectTimeout TCP connect timeout
 * @param callTimeout    whole-call timeout, including retries done by the SDK
 * @param maxIdleConnections idle connections kept per client; OkHttp's default of 5 makes a tenant with many
 *                       concurrent calls open (and TLS-handshake) connections over and over
 * @param keepAlive      how long an idle connection is kept
 */
public record GraphClientOptions(int maxRetries, Duration connectTimeout, Duration callTimeout, int maxIdleConnections,
                                 Duration keepAlive) {

    /** Idle connections kept by default: enough for the concurrency one tenant's workers use. */
    public static final int DEFAULT_MAX_IDLE_CONNECTIONS = 64;

    /** The SDK's own limit for its retry handler. */
    public static final int SDK_MAX_RETRIES = 10;

    public GraphClientOptions {
        if (maxRetries < 0 || maxRetries > SDK_MAX_RETRIES) {
            throw new IllegalArgumentException("maxRetries must be between 0 and " + SDK_MAX_RETRIES + ", was " + maxRetries);
        }
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        callTimeout = callTimeout == null ? Duration.ofSeconds(100) : callTimeout;
        if (maxIdleConnections < 0) {
            throw new IllegalArgumentException("maxIdleConnections must not be negative, was " + maxIdleConnections);
        }
        keepAlive = keepAlive == null ? Duration.ofMinutes(5) : keepAlive;
    }

    /** With the default connection pool. */
    public GraphClientOptions(int maxRetries, Duration connectTimeout, Duration callTimeout) {
        this(maxRetries, connectTimeout, callTimeout, DEFAULT_MAX_IDLE_CONNECTIONS, null);
    }

    /** These options with another connection pool size and keep-alive. */
    public GraphClientOptions withConnectionPool(int idleConnections, Duration idleKeepAlive) {
        return new GraphClientOptions(maxRetries, connectTimeout, callTimeout, idleConnections, idleKeepAlive);
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

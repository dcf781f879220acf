package io.switchboard.presence.outbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import io.switchboard.presence.config.PresenceConfig;
import io.switchboard.presence.platforms.Platform;
import io.switchboard.presence.platforms.WebhookSignatures;
import io.switchboard.presence.status.StatusBoard;
import io.switchboard.presence.users.AsyncLimiter;
import io.switchboard.presence.users.CoalescingLanes;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Delivers Teams presence to platform webhooks: signed like inbound webhooks, one request at a time
 * per URL and user (so a user's states arrive in order), retried with exponential back-off and
 * jitter on network errors, 429 and 5xx, with at most {@code delivery.concurrency} requests in
 * flight per URL. While a delivery is retried, newer states of the same user
 * replace older waiting ones: a platform gets the latest state, never an older one after a newer.
 *
 * <p>Queued deliveries live in memory, not in a table: presence is latest-state-wins, and after a
 * restart the first poll compares Teams with the stored last state and delivers what is different.
 */
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private record Job(Platform platform, String url, OutboundPresence body) {
    }

    private final PresenceConfig.Delivery config;
    private final StatusBoard status;
    private final MeterRegistry metrics;
    private final HttpClient http;
    private final java.util.concurrent.ConcurrentMap<String, AsyncLimiter> perUrl = new java.util.concurrent.ConcurrentHashMap<>();
    private final CoalescingLanes<String, Job> lanes = new CoalescingLanes<>((key, job) -> attempt(job, 1));

    public WebhookDelivery(PresenceConfig config, StatusBoard status, MeterRegistry metrics) {
        this.config = config.delivery();
        this.status = status;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).version(HttpClient.Version.HTTP_1_1).build();
    }

    public void deliver(Platform platform, OutboundPresence body) {
        for (String url : platform.webhookUrls()) {
            lanes.submit(url + "|" + body.userId(), new Job(platform, url, body));
        }
    }

    private CompletableFuture<Void> attempt(Job job, int attempt) {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(job.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return CompletableFuture.failedFuture(e);
        }
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(job.url()))
                .timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header(WebhookSignatures.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignatures.SIGNATURE_HEADER, WebhookSignatures.sign(job.platform().signingSecret(), timestamp, body))
                .header("X-Switchboard-Delivery", job.body().eventId())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        AsyncLimiter limiter = perUrl.computeIfAbsent(job.url(), u -> new AsyncLimiter(config.concurrency()));
        return limiter.run(() -> http.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .handle((response, failure) -> {
                    int code = response == null ? 0 : response.statusCode();
                    if (failure == null && code >= 200 && code < 300) {
                        delivered(job);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    String why = failure != null ? failure.getClass().getSimpleName() + ": " + failure.getMessage() : "HTTP " + code;
                    boolean retryable = failure != null || code == 408 || code == 429 || code >= 500;
                    if (!retryable || attempt >= config.maxAttempts()) {
                        failed(job, why, attempt);
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(backoff(attempt).toMillis(), TimeUnit.MILLISECONDS))
                            .thenCompose(ignored -> attempt(job, attempt + 1));
                })
                .thenCompose(f -> f);
    }

    Duration backoff(int attempt) {
        long base = config.initialBackoff().toMillis() << Math.min(attempt - 1, 16);
        long capped = Math.min(base, config.maxBackoff().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    private void delivered(Job job) {
        metrics.counter("switchboard.presence.webhook.delivered", "tenant", job.platform().tenantId(), "platform", job.platform().platformId()).increment();
        status.delivered(job.platform().tenantId(), job.platform().platformId(), job.body().occurredAt());
    }

    private void failed(Job job, String why, int attempts) {
        metrics.counter("switchboard.presence.webhook.failed", "tenant", job.platform().tenantId(), "platform", job.platform().platformId()).increment();
        String message = "webhook " + job.url() + " refused presence of user " + job.body().userId() + " after " + attempts + " attempt(s): " + why;
        LOG.warn(message);
        status.deliveryFailed(job.platform().tenantId(), job.platform().platformId(), message);
    }
}

package io.switchboard.graph.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.switchboard.graph.support.SimTenant;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Requests per second the simulator serves for typical calls, with the load generator in the same JVM (so on a
 * 2-core machine both share the cores). Not a test: run with {@code ./mvnw -pl graph-simulator test -Dbench}
 * (optionally {@code -Dbench.seconds=10 -Dbench.concurrency=64}).
 */
@QuarkusTest
@Tag("bench")
class GraphSimulatorBenchmark {

    private static final int USERS = 2_000;

    @Inject
    Vertx vertx;

    @Test
    void measure() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 10);
        int concurrency = Integer.getInteger("bench.concurrency", 64);
        SimTenant tenant = SimTenant.create(Map.of("settings", Map.of("deltaPageSize", 100),
                "generateUsers", Map.of("count", USERS, "seed", 7, "licences", List.of(Map.of("skus", List.of("SPE_E5"), "share", 0.7)))));
        String token = tenant.appToken();
        List<String> ids = given().auth().oauth2(token).queryParam("$top", 999).queryParam("$select", "id").get("/v1.0/users")
                .then().extract().jsonPath().getList("value.id");
        List<String> deltaPages = deltaPages(token);
        Buffer presenceBody = Buffer.buffer(io.switchboard.graph.common.Json.write(Map.of("ids", ids.subList(0, 650))));

        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(concurrency).setKeepAlive(true)
                .setDefaultHost("127.0.0.1").setDefaultPort(RestAssured.port));
        List<String> report = new ArrayList<>();
        report.add(run("GET /users/{id}", client, token, seconds, concurrency,
                i -> "/v1.0/users/" + ids.get(i % ids.size()), null));
        report.add(run("GET /users/delta page (100 users)", client, token, seconds, concurrency,
                i -> deltaPages.get(i % deltaPages.size()), null));
        report.add(run("POST getPresencesByUserId (650 ids)", client, token, seconds, concurrency,
                i -> "/v1.0/communications/getPresencesByUserId", presenceBody));
        client.close();
        System.out.println("\n=== graph-simulator benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, " + concurrency
                + " concurrent, " + seconds + " s each) ===");
        report.forEach(System.out::println);
    }

    private List<String> deltaPages(String token) {
        List<String> pages = new ArrayList<>();
        String next = "/v1.0/users/delta?$select=id,displayName,city,officeLocation,usageLocation,assignedLicenses";
        while (next != null) {
            pages.add(next);
            var page = given().auth().oauth2(token).urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            String link = page.getString("'@odata.nextLink'");
            next = link == null ? null : link.replaceFirst("^https?://[^/]+", "");
        }
        return pages;
    }

    private String run(String name, HttpClient client, String token, int seconds, int concurrency, IntFunction<String> uri, Buffer body)
            throws InterruptedException {
        // Warm-up first: JIT compilation would otherwise be counted against the requests.
        measureFor(client, token, Math.max(3, seconds / 2), concurrency, uri, body);
        long[] result = measureFor(client, token, seconds, concurrency, uri, body);
        double elapsed = result[2] / 1e9;
        // The machine may be shared: CPU time per request (server and load generator together) gives the
        // throughput two dedicated cores would reach, independent of what else runs.
        double cpuMicrosPerRequest = result[3] / 1e3 / Math.max(1, result[0]);
        return String.format("%-40s %,10.0f req/s observed   %,8.0f us CPU/request   ~%,8.0f req/s on 2 dedicated cores   (%,d ok, %,d failed)",
                name, result[0] / elapsed, cpuMicrosPerRequest, 2e6 / cpuMicrosPerRequest, result[0], result[1]);
    }

    /** Returns ok count, failed count, elapsed nanos, process CPU nanos. */
    private long[] measureFor(HttpClient client, String token, int seconds, int concurrency, IntFunction<String> uri, Buffer body)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong counter = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(concurrency);
        long cpuStart = cpuNanos();
        long start = System.nanoTime();
        for (int c = 0; c < concurrency; c++) {
            loop(client, token, uri, body, end, ok, failed, counter, done);
        }
        done.await(seconds + 30L, TimeUnit.SECONDS);
        return new long[] {ok.get(), failed.get(), System.nanoTime() - start, cpuNanos() - cpuStart};
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private void loop(HttpClient client, String token, IntFunction<String> uri, Buffer body, long end, AtomicLong ok, AtomicLong failed,
                      AtomicLong counter, CountDownLatch done) {
        if (System.nanoTime() >= end) {
            done.countDown();
            return;
        }
        RequestOptions options = new RequestOptions().setMethod(body == null ? HttpMethod.GET : HttpMethod.POST)
                .setURI(uri.apply((int) counter.getAndIncrement())).putHeader("Authorization", "Bearer " + token);
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        client.request(options)
                .compose(req -> body == null ? req.send() : req.send(body))
                .compose(resp -> resp.body().map(b -> resp.statusCode()))
                .onComplete(result -> {
                    if (result.succeeded() && result.result() == 200) {
                        ok.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                    loop(client, token, uri, body, end, ok, failed, counter, done);
                });
    }
}

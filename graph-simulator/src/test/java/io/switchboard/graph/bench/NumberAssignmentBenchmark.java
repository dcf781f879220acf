package io.switchboard.graph.bench;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.switchboard.graph.common.Json;
import io.switchboard.graph.support.SimTenant;
import io.vertx.core.Future;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Bulk onboarding against one tenant: N assignNumber calls, each followed by a read of its operation, then a read of
 * every (by then finished) operation. Shows whether the cost per operation stays flat as the tenant's operations
 * and assigned numbers grow. Not a test: run with
 * {@code ./mvnw -pl graph-simulator test -Dbench -Dtest=NumberAssignmentBenchmark} (optionally
 * {@code -Dbench.numbers=20000 -Dbench.concurrency=64}).
 */
@QuarkusTest
@Tag("bench")
class NumberAssignmentBenchmark {

    @Inject
    Vertx vertx;

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("bench.numbers", 20_000);
        int concurrency = Integer.getInteger("bench.concurrency", 64);
        long first = 4930_100_000_00L;
        SimTenant tenant = SimTenant.create(Map.of(
                "settings", Map.of("operationDelay", "PT0.5S"),
                "numberRanges", List.of(Map.of("start", "+" + first, "count", count, "numberType", "directRouting")),
                "generateUsers", Map.of("count", count, "seed", 7, "licences", List.of(Map.of("skus", List.of("SPE_E5"), "share", 1.0)))));
        String token = tenant.appToken();
        List<String> ids = userIds(token);
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(concurrency).setKeepAlive(true)
                .setDefaultHost("127.0.0.1").setDefaultPort(RestAssured.port));
        String[] operations = new String[ids.size()];

        long cpu = cpuNanos();
        long start = System.nanoTime();
        long[] assigned = run(client, token, ids.size(), concurrency, i -> {
            String body = Json.write(Map.of("telephoneNumber", "+" + (first + i), "assignmentTargetId", ids.get(i),
                    "numberType", "directRouting", "assignmentCategory", "primary"));
            return send(client, token, HttpMethod.POST,
                    "/v1.0/admin/teams/telephoneNumberManagement/numberAssignments/assignNumber", Buffer.buffer(body))
                    .compose(location -> {
                        operations[i] = location.substring(location.indexOf("/v1.0/"));
                        return send(client, token, HttpMethod.GET, operations[i], null);
                    });
        });
        double assignSeconds = (System.nanoTime() - start) / 1e9;
        double assignCpuMicros = (cpuNanos() - cpu) / 1e3 / ids.size();

        // Let every operation come due; then all reads are of finished operations.
        Thread.sleep(1_500);
        AtomicInteger succeeded = new AtomicInteger();
        cpu = cpuNanos();
        start = System.nanoTime();
        long[] read = run(client, token, ids.size(), concurrency, i -> send(client, token, HttpMethod.GET, operations[i], null)
                .map(status -> {
                    if (status.contains("\"status\":\"succeeded\"")) {
                        succeeded.incrementAndGet();
                    }
                    return status;
                }));
        double readSeconds = (System.nanoTime() - start) / 1e9;
        double readCpuMicros = (cpuNanos() - cpu) / 1e3 / ids.size();
        client.close();
        System.out.printf("%n=== number assignment benchmark (%d cores, %d concurrent, %,d users/numbers) ===%n",
                Runtime.getRuntime().availableProcessors(), concurrency, ids.size());
        // CPU time per operation (server and load generator together) is comparable across runs on a shared machine.
        System.out.printf("assignNumber + GET operation   %,8.1f s  %,8.0f ops/s  %,8.0f us CPU/op   (%,d ok, %,d failed)%n",
                assignSeconds, assigned[0] / assignSeconds, assignCpuMicros, assigned[0], assigned[1]);
        System.out.printf("GET finished operation         %,8.1f s  %,8.0f req/s  %,8.0f us CPU/req  (%,d ok, %,d failed, %,d succeeded)%n",
                readSeconds, read[0] / readSeconds, readCpuMicros, read[0], read[1], succeeded.get());
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private List<String> userIds(String token) {
        List<String> ids = new ArrayList<>();
        String next = "/v1.0/users?$top=999&$select=id";
        while (next != null) {
            var page = given().auth().oauth2(token).urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("value.id"));
            String link = page.getString("'@odata.nextLink'");
            next = link == null ? null : link.replaceFirst("^https?://[^/]+", "");
        }
        return ids;
    }

    /** Runs {@code step(i)} for every i with the given concurrency; returns ok and failed counts. */
    private static long[] run(HttpClient client, String token, int count, int concurrency, IntFunction<Future<String>> step)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int c = 0; c < concurrency; c++) {
            loop(count, step, next, ok, failed, done);
        }
        done.await(30, TimeUnit.MINUTES);
        return new long[] {ok.get(), failed.get()};
    }

    private static void loop(int count, IntFunction<Future<String>> step, AtomicInteger next, AtomicLong ok, AtomicLong failed,
                             CountDownLatch done) {
        int i = next.getAndIncrement();
        if (i >= count) {
            done.countDown();
            return;
        }
        step.apply(i).onComplete(result -> {
            (result.succeeded() ? ok : failed).incrementAndGet();
            loop(count, step, next, ok, failed, done);
        });
    }

    /** The Location header for a 202, the body for a 200, else a failed future. */
    private static Future<String> send(HttpClient client, String token, HttpMethod method, String uri, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(method).setURI(uri).putHeader("Authorization", "Bearer " + token);
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        return client.request(options)
                .compose(req -> body == null ? req.send() : req.send(body))
                .compose(resp -> resp.body().compose(b -> switch (resp.statusCode()) {
                    case 202 -> Future.succeededFuture(resp.getHeader("Location"));
                    case 200 -> Future.succeededFuture(b.toString());
                    default -> Future.failedFuture(resp.statusCode() + " " + b);
                }));
    }
}

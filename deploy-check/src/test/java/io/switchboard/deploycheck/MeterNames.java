package io.switchboard.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Prometheus names of the meters Switchboard registers, read from the sources (counter("..."),
 * Timer.builder("..."), timer("...")), plus the ones the Quarkus Micrometer binders export.
 */
final class MeterNames {

    /**
     * From the binders Quarkus enables by default: HTTP server, JVM and process, and the Kafka client binder
     * (Micrometer's KafkaClientMetrics: "kafka." + group without "-metrics" + "." + name, dashes to dots).
     */
    static final List<String> FRAMEWORK = List.of(
            "http_server_requests_seconds_count", "http_server_requests_seconds_sum", "http_server_requests_seconds_max",
            "jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_memory_committed_bytes", "process_cpu_usage",
            "kafka_consumer_fetch_manager_records_consumed_total", "kafka_consumer_fetch_manager_records_lag_max",
            "kafka_producer_topic_record_send_total");

    private static final Pattern COUNTER = Pattern.compile("\\.counter\\(\\s*\"(switchboard\\.[a-z0-9._]+)\"");
    private static final Pattern TIMER = Pattern.compile("(?:Timer\\.builder|\\btimer)\\(\\s*\"(switchboard\\.[a-z0-9._]+)\"");

    private MeterNames() {
    }

    static Set<String> allowed() {
        Set<String> names = new TreeSet<>(FRAMEWORK);
        names.addAll(ofSources());
        return names;
    }

    /** The meters registered in the modules' main sources, in Prometheus form. */
    static Set<String> ofSources() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> modules = Files.list(Repo.path("."))) {
            for (Path file : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).flatMap(MeterNames::javaFiles).toList()) {
                String source = Files.readString(file);
                Matcher counter = COUNTER.matcher(source);
                while (counter.find()) {
                    names.add(prometheus(counter.group(1)) + "_total");
                }
                Matcher timer = TIMER.matcher(source);
                while (timer.find()) {
                    String base = prometheus(timer.group(1)) + "_seconds";
                    names.addAll(List.of(base, base + "_count", base + "_sum", base + "_max"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static Stream<Path> javaFiles(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String prometheus(String meter) {
        return meter.replace('.', '_');
    }
}

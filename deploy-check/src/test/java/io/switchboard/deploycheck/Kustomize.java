package io.switchboard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with the kustomize built into kubectl (or a standalone kustomize), once per
 * directory per test run. There is no kustomize on Maven Central, so the binary is a prerequisite of the build.
 */
final class Kustomize {

    static final String MISSING = "Neither kubectl nor kustomize is on the PATH. deploy-check renders deploy/k8s with "
            + "`kubectl kustomize` (kubectl 1.27 or later has Kustomize 5 built in): install kubectl "
            + "(https://kubernetes.io/docs/tasks/tools/, e.g. the Debian/Ubuntu package `kubectl`) or the standalone "
            + "`kustomize` binary, or skip this module with -pl '!deploy-check'.";

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomize() {
    }

    /** The objects of {@code deploy/k8s/<dir>}, rendered. */
    static List<JsonNode> render(String dir) {
        return RENDERED.computeIfAbsent(dir, d -> parse(run(Repo.path("deploy/k8s/" + d))));
    }

    static List<JsonNode> parse(String yaml) {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            List<JsonNode> docs = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String run(Path dir) {
        List<String> command = new ArrayList<>();
        Optional<Path> kubectl = onPath("kubectl");
        if (kubectl.isPresent()) {
            command.addAll(List.of(kubectl.get().toString(), "kustomize"));
        } else {
            command.addAll(List.of(onPath("kustomize").orElseThrow(() -> new AssertionError(MISSING)).toString(), "build"));
        }
        command.add(dir.toString());
        try {
            Path out = Files.createTempFile("kustomize", ".yaml");
            Path err = Files.createTempFile("kustomize", ".err");
            try {
                Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " failed:\n" + Files.readString(err));
                }
                return Files.readString(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

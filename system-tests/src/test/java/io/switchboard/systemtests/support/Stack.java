package io.switchboard.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as {@code ./switchboard up} runs it: Kafka, PostgreSQL, the graph-simulator and the
 * five services on their own ports, in {@code system-tests/target/stack}. {@link StackExtension} starts
 * and stops it; tests reach it through {@link StackExtension#stack()}.
 */
public final class Stack {

    public static final String TENANT = "5e1f0c3a-7b2d-4c8e-9a61-2f4b8d0e6a11";
    /** The order of the five consecutive service ports in deploy/local/stack.sh. */
    public static final List<String> SERVICES = List.of("directory-watcher", "rule-engine", "number-inventory", "teams-assigner",
            "presence-bridge");
    static final long UP_TIMEOUT_MINUTES = 8;

    private final Path root;
    private final Path dir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final int kafkaPort;
    private final int simulatorPort;
    private final int servicePort;

    Stack(Path root, List<Integer> ports) {
        this.root = root;
        this.dir = root.resolve("system-tests/target/stack");
        kafkaPort = ports.get(0);
        simulatorPort = ports.get(2);
        servicePort = ports.get(3);
        env.put("SWITCHBOARD_STACK_DIR", dir.toString());
        env.put("SWITCHBOARD_KAFKA_PORT", Integer.toString(kafkaPort));
        env.put("SWITCHBOARD_POSTGRES_PORT", Integer.toString(ports.get(1)));
        env.put("SWITCHBOARD_SIMULATOR_PORT", Integer.toString(simulatorPort));
        env.put("SWITCHBOARD_SERVICE_PORT", Integer.toString(servicePort));
    }

    /** The stack as the benchmarks module addresses it, for running its scenarios against this stack. */
    public io.switchboard.bench.api.StackEndpoints endpoints() {
        return io.switchboard.bench.api.StackEndpoints.local(simulatorPort, servicePort, kafkaPort, dir);
    }

    public String kafka() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String simulator() {
        return "http://127.0.0.1:" + simulatorPort;
    }

    /** Base URL of one of the five services. */
    public String service(String name) {
        int index = SERVICES.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no such service: " + name);
        }
        return "http://127.0.0.1:" + (servicePort + index);
    }

    /** SIGKILL, as an OOM killer or a node failure would: no shutdown hook, no graceful close. */
    public void kill9(String process) {
        long pid = pid(process);
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(process + " (" + pid + ") is not running"));
        handle.destroyForcibly(); // SIGKILL on Unix
        handle.onExit().orTimeout(30, TimeUnit.SECONDS).join();
    }

    /** {@code ./switchboard up} again: starts only the processes that are not alive and waits for them. */
    public void up() {
        switchboard(UP_TIMEOUT_MINUTES, "up");
        requireAllAlive();
    }

    public long pid(String process) {
        try {
            return Long.parseLong(Files.readString(dir.resolve("pids").resolve(process)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void down() {
        try {
            switchboard(3, "down");
        } catch (RuntimeException e) {
            System.err.println("./switchboard down failed: " + e.getMessage());
        }
    }

    /** A process that lost a race for its port dies after the script saw it alive; catch that here. */
    void requireAllAlive() {
        List<String> dead = new ArrayList<>();
        for (String process : allProcesses()) {
            if (ProcessHandle.of(pid(process)).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
                dead.add(process);
            }
        }
        if (!dead.isEmpty()) {
            throw new AssertionError("not running after ./switchboard up: " + dead);
        }
    }

    private static List<String> allProcesses() {
        List<String> all = new ArrayList<>(List.of("infra", "graph-simulator"));
        all.addAll(SERVICES);
        return all;
    }

    void switchboard(long timeoutMinutes, String... args) {
        List<String> command = new ArrayList<>(List.of("./switchboard"));
        command.addAll(List.of(args));
        run(command, timeoutMinutes);
    }

    private void run(List<String> command, long timeoutMinutes) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            // through System.out, not inherited: surefire owns the forked JVM's native stdout
            Thread pump = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).lines().forEach(line -> System.out.println("[switchboard] " + line)),
                    "switchboard-output");
            pump.setDaemon(true);
            pump.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutMinutes + " min");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** So that CI shows why: the last lines of every process's log. */
    public void printLogTails() {
        for (String process : allProcesses()) {
            Path log = dir.resolve("logs").resolve(process + ".log");
            try {
                List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
                // warnings, errors and plain lines (stack traces, the infra's output); INFO JSON is noise here
                List<String> telling = lines.stream().filter(l -> !l.startsWith("{") || l.contains("\"level\":\"WARN")
                        || l.contains("\"level\":\"ERROR")).map(l -> l.length() > 600 ? l.substring(0, 600) + "..." : l).toList();
                System.err.println("==== last warnings and errors of " + log);
                telling.subList(Math.max(0, telling.size() - 15), telling.size()).forEach(System.err::println);
            } catch (IOException | UncheckedIOException e) {
                System.err.println("cannot read " + log + ": " + e.getMessage());
            }
        }
    }

    /**
     * Kafka, PostgreSQL, the simulator and the first of five consecutive service ports: a random free
     * block of eight below the kernel's ephemeral range. Ports the kernel hands out (port 0) would be
     * ephemeral too, and any outgoing connection of the busy stack may take one as its source port
     * before the service that should listen on it has started.
     */
    static List<Integer> freePorts() {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = 20000 + random.nextInt(10000);
            boolean free = true;
            for (int port = first; free && port < first + 8; port++) {
                free = isFree(port);
            }
            if (free) {
                return List.of(first, first + 1, first + 2, first + 3);
            }
        }
        throw new IllegalStateException("no eight consecutive free ports found between 20000 and 30000");
    }

    String ports() {
        return kafkaPort + " " + env.get("SWITCHBOARD_POSTGRES_PORT") + " " + simulatorPort + " " + servicePort;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isExecutable(p.resolve("switchboard")) && Files.isDirectory(p.resolve("system-tests"))) {
                return p;
            }
        }
        throw new IllegalStateException("no ./switchboard above " + here);
    }
}

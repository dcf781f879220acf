package io.switchboard.systemtests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the {@link Stack} once per test JVM with {@code ./switchboard up --fresh} on free ports and runs
 * {@code ./switchboard down} when the last class is done (JUnit closes the root store), also after a
 * failure. A failed start or test prints the tail of every process's log, so CI shows why.
 */
public final class StackExtension implements BeforeAllCallback, TestWatcher {

    /** With -Dsystemtests.reuse=true a stack left running by an earlier run is used again, and left running. */
    private static final String REUSE_PROPERTY = "systemtests.reuse";
    private static final String PORTS_FILE = "system-tests/target/stack.ports";

    private static volatile Stack running;
    private static volatile boolean logsPrinted;

    public static Stack stack() {
        if (running == null) {
            throw new IllegalStateException("the stack is not up: add @ExtendWith(StackExtension.class) to the test class");
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(StackExtension.class, key -> {
            Path root = Stack.repositoryRoot();
            Path portsFile = root.resolve(PORTS_FILE);
            boolean reuse = Boolean.getBoolean(REUSE_PROPERTY);
            Stack stack = reuse ? reusable(root, portsFile) : null;
            if (stack == null) {
                stack = new Stack(root, Stack.freePorts());
                start(stack, portsFile);
            }
            running = stack;
            Stack started = stack;
            return (AutoCloseable) () -> {
                if (!reuse) {
                    started.down();
                }
                running = null;
            };
        });
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (running != null && !logsPrinted) {
            logsPrinted = true;
            running.printLogTails();
        }
    }

    private static void start(Stack stack, Path portsFile) {
        try {
            Files.deleteIfExists(portsFile);
            stack.switchboard(Stack.UP_TIMEOUT_MINUTES, "up", "--fresh");
            stack.requireAllAlive();
            Files.writeString(portsFile, stack.ports());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException | AssertionError e) {
            stack.printLogTails();
            stack.down();
            throw e;
        }
    }

    private static Stack reusable(Path root, Path portsFile) {
        try {
            if (!Files.exists(portsFile)) {
                return null;
            }
            List<Integer> ports = Arrays.stream(Files.readString(portsFile).trim().split(" ")).map(Integer::valueOf).toList();
            Stack stack = new Stack(root, ports);
            stack.requireAllAlive();
            return stack;
        } catch (IOException | RuntimeException | AssertionError notUsable) {
            System.out.println("[switchboard] not reusing the stack of an earlier run: " + notUsable.getMessage());
            return null;
        }
    }
}

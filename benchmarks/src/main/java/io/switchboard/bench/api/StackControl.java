package io.switchboard.bench.api;

/**
 * Restarts one process of the stack with extra JVM options (appended after the stack's own, so they win). Scenarios
 * that compare settings (the joiner with polling only) need it; without it they measure what runs.
 */
@FunctionalInterface
public interface StackControl {

    /** @param extraJvmOptions e.g. {@code -Dswitchboard.directory.tenants.demo.notifications=false}; empty for the defaults */
    void restart(String process, String extraJvmOptions) throws Exception;

    StackControl NONE = (process, options) -> {
        throw new UnsupportedOperationException("this stack cannot be restarted from the benchmarks");
    };
}

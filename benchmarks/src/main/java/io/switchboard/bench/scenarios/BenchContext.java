package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.Options;
import io.switchboard.bench.api.StackControl;
import io.switchboard.bench.api.StackEndpoints;
import io.switchboard.bench.clients.Http;
import io.switchboard.bench.clients.Simulator;
import io.switchboard.bench.clients.Switchboard;
import io.switchboard.bench.clients.Tokens;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** What every scenario works with: the stack, its clients, the prepared tenant, the options, a log line printer. */
public final class BenchContext {

    private final StackEndpoints stack;
    private final StackControl control;
    private final Options options;
    private final Http http = new Http(Duration.ofSeconds(60));
    private final Tokens tokens;
    private final Simulator simulator;
    private final Switchboard switchboard;
    private final BenchTenant tenant;
    private final String runId = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);
    private final AtomicInteger batches = new AtomicInteger();

    public BenchContext(StackEndpoints stack, StackControl control, Options options) {
        this.stack = stack;
        this.control = control;
        this.options = options;
        this.tokens = new Tokens(http, stack);
        this.simulator = new Simulator(http, tokens, stack);
        this.switchboard = new Switchboard(http, tokens, stack);
        this.tenant = new BenchTenant(simulator, switchboard);
    }

    public StackEndpoints stack() {
        return stack;
    }

    public StackControl control() {
        return control;
    }

    public Options options() {
        return options;
    }

    public Http http() {
        return http;
    }

    public Tokens tokens() {
        return tokens;
    }

    public Simulator simulator() {
        return simulator;
    }

    public Switchboard switchboard() {
        return switchboard;
    }

    public BenchTenant tenant() {
        return tenant;
    }

    /** A fresh sub-domain of the benchmark domain for one batch of users, unique across runs on the same stack. */
    public String nextDomain(String purpose) {
        return purpose + "-" + runId + "-" + batches.incrementAndGet() + "." + BenchTenant.DOMAIN;
    }

    public void log(String format, Object... args) {
        System.out.printf("  [bench] " + format + "%n", args);
    }
}

package io.switchboard.systemtests.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.bench.api.Benchmarks;
import io.switchboard.bench.api.ScenarioResult;
import io.switchboard.systemtests.support.SystemTest;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks never run in CI, but their smoke scenario does, against this module's stack, so that
 * {@code ./switchboard bench} keeps working. It checks correctness (every user holds exactly one number
 * of their own), not speed: its figures are printed, never asserted.
 */
class BenchmarkSmokeTest extends SystemTest {

    @Test
    void theBenchmarkSmokeScenarioCompletesWithEveryUserHoldingOneNumber() throws Exception {
        ScenarioResult result = Benchmarks.smoke(stack.endpoints());

        result.figures().forEach((label, figure) -> System.out.printf("smoke: %s = %s %s%n", label, figure.value(), figure.unit()));
        assertThat(result.failures()).as("what the smoke scenario found wrong").isEmpty();
        assertThat(result.ok()).isTrue();
    }
}

package io.switchboard.bench.scenarios;

import io.switchboard.bench.api.ScenarioResult;
import java.util.List;

/** One benchmark against a running stack. */
public interface Scenario {

    String name();

    /** One line for the usage text. */
    String description();

    /** One result, or several when a scenario measures two things in one run (bulk and resources). */
    List<ScenarioResult> run(BenchContext ctx) throws Exception;
}

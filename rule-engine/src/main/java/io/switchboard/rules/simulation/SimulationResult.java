package io.switchboard.rules.simulation;

import java.util.List;

/**
 * What would happen if every user without a number were provisioned now.
 *
 * @param usersConsidered    all users given to the simulation
 * @param notNeedingNumber   already numbered, not voice-licensed, or disabled
 * @param withoutMatchingRule need a number but no rule matches
 * @param assigned           would get a number
 * @param unserved           a rule matches but every candidate range runs out first
 * @param ranges             every known range, by range id
 */
public record SimulationResult(int usersConsidered, int notNeedingNumber, int withoutMatchingRule, int assigned, int unserved,
        List<RangeForecast> ranges) {

    public SimulationResult {
        ranges = List.copyOf(ranges);
    }
}

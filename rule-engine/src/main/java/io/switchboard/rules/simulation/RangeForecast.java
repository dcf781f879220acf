package io.switchboard.rules.simulation;

import io.switchboard.events.NumberType;

/**
 * One range's share of a simulation.
 *
 * @param freeCount     free numbers before the simulation (as last reported by the inventory)
 * @param firstChoice   users for whom this range is the first candidate
 * @param demand        users who would try this range: first choice, or because earlier candidates ran out
 * @param drawn         users who would get a number from it
 * @param remainingFree free numbers left afterwards
 * @param runsOut       the simulated users would use up every free number (or find none)
 */
public record RangeForecast(String rangeId, String name, NumberType numberType, long freeCount, int firstChoice, int demand,
        int drawn, long remainingFree, boolean runsOut) {

    /** Users who wanted this range but found it empty. */
    public int shortfall() {
        return demand - drawn;
    }
}

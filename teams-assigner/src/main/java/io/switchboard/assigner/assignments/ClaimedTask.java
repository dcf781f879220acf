package io.switchboard.assigner.assignments;

/** A task this worker holds, with the claim token that proves it still does. */
public record ClaimedTask(AssignmentTask task, String token) {
}

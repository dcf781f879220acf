package io.switchboard.assigner.tenants;

/** Where a Teams long-running number operation stands; {@code detail} is Graph's statusDetail when it failed. */
public record OperationResult(State state, String detail) {

    public enum State { RUNNING, SUCCEEDED, FAILED }

    public boolean finished() {
        return state != State.RUNNING;
    }
}

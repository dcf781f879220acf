package io.switchboard.assigner.assignments;

/** Another worker claimed the task after our lease ran out; we stop touching it. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(long seq) {
        super("task " + seq + " was claimed by another worker after this one's lease expired; leaving it to that worker");
    }
}

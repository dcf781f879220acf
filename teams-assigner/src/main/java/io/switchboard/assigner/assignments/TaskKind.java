package io.switchboard.assigner.assignments;

/** What a task does in Teams. */
public enum TaskKind { ASSIGN, UNASSIGN }

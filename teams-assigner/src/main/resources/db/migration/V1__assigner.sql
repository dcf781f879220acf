-- Durable work of the assigner: one row per reservation (ASSIGN) or release (UNASSIGN).
-- The Kafka consumer only inserts here; the worker moves rows PENDING -> SUBMITTED -> SUCCEEDED | FAILED.
create table assignment_task (
    seq                  bigserial primary key,
    tenant_id            text        not null,
    request_id           text        not null,
    kind                 text        not null check (kind in ('ASSIGN', 'UNASSIGN')),
    user_id              text        not null,
    phone_number         text        not null,
    number_type          text        not null,
    location_id          text,
    state                text        not null check (state in ('PENDING', 'SUBMITTED', 'SUCCEEDED', 'FAILED')),
    operation_id         text,
    submitted_at         timestamptz,
    attempts             integer     not null default 0,
    next_attempt_at      timestamptz not null default now(),
    first_seen_at        timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    last_reason          text,
    last_error_code      text,
    last_error_message   text,
    progress_reported    boolean     not null default false,
    cause_event_id       text        not null,
    correlation_id       text        not null,
    claim_token          text,
    -- a reservation or release is worked on once, whatever Kafka redelivers
    unique (tenant_id, request_id)
);
create index assignment_task_due on assignment_task (tenant_id, next_attempt_at) where state in ('PENDING', 'SUBMITTED');
create index assignment_task_open_by_user on assignment_task (tenant_id, user_id, seq) where state in ('PENDING', 'SUBMITTED');
create index assignment_task_by_state on assignment_task (tenant_id, state, seq);

-- What Switchboard believes Teams holds: written when an operation of ours succeeds and when
-- reconciliation adopts what it observed. Reconciliation compares Teams against it.
create table known_assignment (
    tenant_id    text        not null,
    phone_number text        not null,
    user_id      text        not null,
    number_type  text        not null,
    location_id  text,
    source       text        not null check (source in ('SWITCHBOARD', 'OBSERVED')),
    updated_at   timestamptz not null default now(),
    primary key (tenant_id, phone_number)
);

create table tenant_reconciliation (
    tenant_id        text primary key,
    first_import_at  timestamptz,
    last_run_at      timestamptz,
    last_run_numbers integer,
    last_run_drift   integer
);

-- Findings of each reconciliation run (the drift report shows the latest run's).
create table drift_finding (
    id           bigserial primary key,
    tenant_id    text        not null,
    run_at       timestamptz not null,
    phone_number text        not null,
    user_id      text        not null,
    number_type  text        not null,
    location_id  text,
    observation  text        not null
);
create index drift_finding_by_run on drift_finding (tenant_id, run_at);

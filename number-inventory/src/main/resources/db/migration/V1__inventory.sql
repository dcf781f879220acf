-- Number ranges of a tenant. Every number of a range is materialised as a row of "number", so the
-- database can enforce uniqueness and row-lock individual numbers.
create table number_range (
    id              text        primary key,
    tenant_id       text        not null,
    name            text        not null,
    number_type     text        not null check (number_type in ('CALLING_PLAN', 'DIRECT_ROUTING', 'OPERATOR_CONNECT')),
    provider        text,
    country_code    text,
    area_code       text,
    location_id     text,
    tags            text        not null default '',
    quarantine_days integer     not null default 0 check (quarantine_days >= 0),
    first_number    text,
    last_number     text,
    size            integer     not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now()
);
create index number_range_tenant on number_range (tenant_id, name);

create table number (
    id               bigserial   primary key,
    tenant_id        text        not null,
    range_id         text        not null references number_range (id) on delete cascade,
    e164             text        not null,
    state            text        not null check (state in ('AVAILABLE', 'RESERVED', 'ASSIGNED', 'RETAINED',
                                                           'RELEASING', 'QUARANTINED', 'BLOCKED', 'CONFLICT')),
    user_id          text,
    reservation_id   text,
    release_id       text,
    -- the decision that reserved the number and its candidate ranges, so a conflict can reserve the next one
    decision_id      text,
    candidates       text,
    quarantine_until timestamptz,
    state_reason     text,
    updated_at       timestamptz not null default now(),
    -- one number, one row per tenant: two ranges can never both own a number
    constraint number_unique_per_tenant unique (tenant_id, e164),
    -- a number names a user exactly while the user holds it or it is being taken back from them
    constraint number_user_only_when_held check (
        (state in ('RESERVED', 'ASSIGNED', 'RETAINED', 'RELEASING')) = (user_id is not null)),
    constraint number_quarantine_until check ((state = 'QUARANTINED') = (quarantine_until is not null))
);
-- The invariant of the whole system: a user holds at most one number per tenant. RELEASING is
-- deliberately not "held": the user is losing it, and an override must be able to reserve the
-- new number in the same transaction that starts releasing the old one.
create unique index number_one_per_user on number (tenant_id, user_id)
    where state in ('RESERVED', 'ASSIGNED', 'RETAINED');
-- The picker's path: lowest free number of a range.
create index number_free on number (range_id, e164) where state = 'AVAILABLE';
create index number_by_range_state on number (range_id, state);
create index number_by_tenant_state on number (tenant_id, state, e164);
create index number_quarantined on number (quarantine_until) where state = 'QUARANTINED';
create index number_by_reservation on number (tenant_id, reservation_id) where reservation_id is not null;

-- Every transition (and every note about a number, e.g. a retryable failure) with who or which
-- event caused it, when and why.
create table number_audit (
    id             bigserial   primary key,
    tenant_id      text        not null,
    e164           text        not null,
    range_id       text,
    user_id        text,
    from_state     text,
    to_state       text,
    actor          text        not null,
    reason         text        not null,
    correlation_id text,
    at             timestamptz not null default now()
);
create index number_audit_by_number on number_audit (tenant_id, e164, id);
create index number_audit_by_user on number_audit (tenant_id, user_id, id) where user_id is not null;

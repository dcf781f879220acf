-- Provisioning rules of a tenant. The condition is stored in its JSON form (the source of truth)
-- and in the readable syntax (for people reading the table); both describe the same tree.
create table rule (
    tenant_id  text        not null,
    id         text        not null,
    name       text        not null,
    range_id   text        not null,
    condition  jsonb       not null,
    expression text        not null,
    priority   integer     not null check (priority >= 0),
    enabled    boolean     not null,
    version    bigint      not null,
    updated_at timestamptz not null default now(),
    updated_by text        not null,
    primary key (tenant_id, id)
);
create index rule_evaluation_order on rule (tenant_id, priority, id);

-- Every change of a rule: who, when, and the rule before and after (null for created / deleted).
create table rule_history (
    seq        bigserial   primary key,
    tenant_id  text        not null,
    rule_id    text        not null,
    version    bigint      not null,
    action     text        not null check (action in ('CREATED', 'UPDATED', 'DELETED')),
    actor      text        not null,
    changed_at timestamptz not null default now(),
    before     jsonb,
    after      jsonb
);
create index rule_history_rule on rule_history (tenant_id, rule_id, seq);

-- Counts changes of a tenant's rules and ranges, so every replica can tell with one cheap query
-- whether its in-memory copy is still current.
create table tenant_revision (
    tenant_id       text   primary key,
    rules_revision  bigint not null default 0,
    ranges_revision bigint not null default 0
);

create table tenant_policy (
    tenant_id                  text        primary key,
    allow_dr_fallback          boolean     not null,
    automatic_renumbering      boolean     not null,
    version                    bigint      not null,
    updated_at                 timestamptz not null default now(),
    updated_by                 text        not null
);

-- Ranges as last published on inventory.ranges; inactive and deleted ranges are removed.
create table known_range (
    tenant_id   text        not null,
    range_id    text        not null,
    name        text        not null,
    number_type text        not null,
    size        bigint      not null,
    free_count  bigint      not null,
    occurred_at timestamptz not null,
    primary key (tenant_id, range_id)
);

-- The latest directory snapshot of every user the engine has seen (dry runs by id, simulation).
create table directory_user (
    tenant_id   text        not null,
    user_id     text        not null,
    snapshot    jsonb       not null,
    licences    jsonb       not null,
    last_change text        not null,
    deleted     boolean     not null,
    occurred_at timestamptz not null,
    primary key (tenant_id, user_id)
);

-- Whether a user holds a number, from Teams assignments and the inventory's reservations.
create table number_holding (
    tenant_id    text        not null,
    user_id      text        not null,
    state        text        not null check (state in ('ASSIGNED', 'PENDING', 'NONE')),
    phone_number text,
    source       text        not null,
    occurred_at  timestamptz not null,
    primary key (tenant_id, user_id)
);

-- The latest decisions per user, exactly as published (capped per user).
create table decision_history (
    seq        bigserial   primary key,
    tenant_id  text        not null,
    user_id    text        not null,
    event_id   text        not null unique,
    decided_at timestamptz not null,
    event      jsonb       not null
);
create index decision_history_user on decision_history (tenant_id, user_id, seq);

-- Sync state of each watched tenant. The cursor (delta_link / next_link / full_round / round_id) advances
-- in the same transaction as the page's snapshot rows and outbox events; "version" makes that advance a
-- compare-and-set, so two replicas can never both apply the same page.
create table tenant_sync (
    tenant_id               text primary key,
    delta_link              text,
    next_link               text,
    full_round              boolean     not null default true,
    round_id                text,
    version                 bigint      not null default 0,
    last_sync_at            timestamptz,
    last_success_at         timestamptz,
    last_error              text,
    last_error_at           timestamptz,
    next_run_at             timestamptz,
    users_known             integer     not null default 0,
    rounds_completed        bigint      not null default 0,
    lease_owner             text,
    lease_until             timestamptz,
    subscription_id         text,
    subscription_expires_at timestamptz,
    client_state            text
);

-- What the watcher last knew about each user; "data" is the JSON of UserSnapshot.
create table user_snapshot (
    tenant_id  text        not null,
    user_id    text        not null,
    data       text        not null,
    deletion   text,
    seen_round text,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, user_id)
);
create index user_snapshot_present on user_snapshot (tenant_id) where deletion is null;

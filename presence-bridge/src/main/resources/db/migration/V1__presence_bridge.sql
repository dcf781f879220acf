-- Platforms connected to a tenant: how their identities match Teams users, how their states map,
-- and how the bridge talks to them.
create table platform (
    tenant_id          text        not null,
    platform_id        text        not null,
    name               text        not null,
    identity_key       text        not null,
    extension_digits   int         not null default 4,
    conflict_policy    text        not null,
    inbound_secret     text        not null,
    outbound_secret    text,
    webhook_urls       text        not null default '',
    inbound_overrides  text        not null default '{}',
    outbound_overrides text        not null default '{}',
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    primary key (tenant_id, platform_id)
);

-- The directory snapshot the bridge matches against (from directory.user-changes).
create table known_user (
    tenant_id  text        not null,
    user_id    text        not null,
    mail       text,
    upn        text,
    active     boolean     not null,
    first_seen timestamptz not null,
    updated_at timestamptz not null default now(),
    primary key (tenant_id, user_id)
);

-- Teams numbers assigned to users (from teams.assignments); digits only.
create table user_number (
    tenant_id text        not null,
    user_id   text        not null,
    number    text        not null,
    since     timestamptz not null,
    primary key (tenant_id, user_id, number)
);

-- Last presence per user, written behind the in-memory state so a restart neither republishes
-- every user nor loses the bridge's sessions.
create table user_presence (
    tenant_id          text        not null,
    user_id            text        not null,
    availability       text,
    activity           text,
    origin             text,
    platform_id        text,
    platform_state     text,
    sequence           bigint      not null,
    changed_at         timestamptz,
    session_platform   text,
    session_pair       text,
    session_expires_at timestamptz,
    primary key (tenant_id, user_id)
);

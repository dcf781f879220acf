-- Tables of the reliable-messaging library, shared by every service that uses it.
-- Repeatable and idempotent so it never competes with the services' own versioned migrations:
-- changes here must stay additive (create ... if not exists, add column if not exists).

-- Transactional outbox: a state change and the events it causes commit together; the relay
-- publishes rows in seq order and marks them.
create table if not exists outbox (
    seq            bigserial primary key,
    event_id       text        not null unique,
    topic          text        not null,
    record_key     text        not null,
    ce_type        text        not null,
    ce_subject     text        not null,
    ce_time        timestamptz not null,
    tenant_id      text        not null,
    correlation_id text        not null,
    causation_id   text,
    payload        text        not null,
    created_at     timestamptz not null default now(),
    published_at   timestamptz
);
-- A null payload is a tombstone (Outbox.appendTombstone): a null record value on a compacted topic.
alter table outbox alter column payload drop not null;
create index if not exists outbox_unpublished on outbox (seq) where published_at is null;
create index if not exists outbox_published_at on outbox (published_at) where published_at is not null;

-- Inbox: ids of the events a consumer has acted on, written in the same transaction as the
-- consumer's state change, so a redelivered event is recognised and dropped.
create table if not exists inbox (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
create index if not exists inbox_processed_at on inbox (processed_at);

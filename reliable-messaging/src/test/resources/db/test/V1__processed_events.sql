create table processed_event (
    event_id  text primary key,
    tenant_id text not null,
    user_id   text not null
);

package io.switchboard.graph.identity;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** A tenant's app registrations and password sign-in accounts. */
public final class IdentityStore {

    private final ConcurrentMap<String, App> apps = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Person> people = new ConcurrentHashMap<>();

    public void put(App app) {
        apps.put(app.clientId().toLowerCase(Locale.ROOT), app);
    }

    public Optional<App> app(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(apps.get(clientId.toLowerCase(Locale.ROOT)));
    }

    public Collection<App> apps() {
        return apps.values();
    }

    public void put(Person person) {
        people.put(person.username().toLowerCase(Locale.ROOT), person);
    }

    public Optional<Person> person(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(people.get(username.toLowerCase(Locale.ROOT)));
    }

    public Collection<Person> people() {
        return people.values();
    }
}

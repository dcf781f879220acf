package io.switchboard.deploycheck;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** The Kafka topics and consumer groups a service uses, from the mp.messaging channels of its application.properties. */
record ServiceChannels(Set<String> reads, Set<String> groups, Set<String> writes) {

    static ServiceChannels of(String service) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repo.read(service + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> reads = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> writes = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key).trim();
            if (key.startsWith("%")) {
                continue; // profile-specific (tests)
            }
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic") && !key.endsWith(".dead-letter-queue.topic")) {
                reads.add(value);
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".group.id")) {
                groups.add(value);
            } else if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".dead-letter-queue.topic")) {
                writes.add(value);
            } else if (key.startsWith("mp.messaging.outgoing.") && key.endsWith(".topic")) {
                writes.add(value);
            }
        }
        return new ServiceChannels(reads, groups, writes);
    }
}

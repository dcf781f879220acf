#!/bin/sh
# Creates Switchboard's topics with the partition counts and cleanup policies of
# event-contracts' Topics class (the broker's auto-creation would give one partition and no compaction).
# deploy-check's ComposeFileTest keeps this list equal to Topics.all().
set -eu
BOOTSTRAP="${BOOTSTRAP:-kafka:9092}"
KT=/opt/kafka/bin/kafka-topics.sh
topic() { # name partitions config
  "$KT" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$1" --partitions "$2" \
    --replication-factor 1 --config "$3"
}
topic directory.user-changes 6 retention.ms=604800000
topic inventory.ranges 3 cleanup.policy=compact
topic provisioning.decisions 6 retention.ms=604800000
topic inventory.reservations 6 retention.ms=604800000
topic teams.assignments 6 retention.ms=604800000
topic presence.updates 6 retention.ms=86400000
topic presence.platform-events 6 retention.ms=86400000
topic directory.user-changes.dlq 1 retention.ms=2592000000
topic inventory.ranges.dlq 1 retention.ms=2592000000
topic provisioning.decisions.dlq 1 retention.ms=2592000000
topic inventory.reservations.dlq 1 retention.ms=2592000000
topic teams.assignments.dlq 1 retention.ms=2592000000
topic presence.updates.dlq 1 retention.ms=2592000000
topic presence.platform-events.dlq 1 retention.ms=2592000000
echo "topics ready"

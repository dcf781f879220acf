-- One database per service, as in the local stack (deploy/local/stack.sh). Runs once, on an empty volume.
CREATE DATABASE directory_watcher;
CREATE DATABASE rule_engine;
CREATE DATABASE number_inventory;
CREATE DATABASE teams_assigner;
CREATE DATABASE presence_bridge;

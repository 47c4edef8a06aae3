// libyaml from Debian's libyaml-dev: the YAML 1.1 parser topoc reads topologies with, event by
// event (Sources/TopologyParser/YAMLComposer.swift).
#include <yaml.h>

package dev.eksdesk.topology;

import java.util.Objects;

/**
 * A pod as the diagram needs it: one small mark on its node.
 *
 * @param node the node's name, "" while unscheduled
 * @param ip "" while it has none (a pod stuck without an address shows as FAILED or STARTING)
 */
public record PodInfo(
    String namespace, String name, String node, String ip, PodStatus status, boolean hostNetwork) {

  public PodInfo {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    node = node == null ? "" : node;
    ip = ip == null ? "" : ip;
  }

  public String key() {
    return namespace + "/" + name;
  }
}

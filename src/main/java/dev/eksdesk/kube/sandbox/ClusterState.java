package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.Pods;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The objects one controller pass works on, listed fresh from the API server. Informers only wake
 * the controller: reading the store itself spares the pass the informer cache's lag, which would
 * otherwise make it create a pod twice or overfill a node.
 */
record ClusterState(
    List<Node> nodes, List<Pod> pods, List<Deployment> deployments, List<DaemonSet> daemonSets) {

  static ClusterState read(KubernetesClient client) {
    return new ClusterState(
        client.nodes().list().getItems(),
        client.pods().inAnyNamespace().list().getItems(),
        client.apps().deployments().inAnyNamespace().list().getItems(),
        client.apps().daemonSets().inAnyNamespace().list().getItems());
  }

  Map<String, Node> nodesByName() {
    return nodes.stream()
        .collect(Collectors.toMap(n -> n.getMetadata().getName(), Function.identity()));
  }

  List<Pod> livePodsOn(String nodeName) {
    return pods.stream()
        .filter(p -> Objects.equals(nodeName, Pods.nodeName(p)) && !Pods.isTerminal(p))
        .toList();
  }

  List<Pod> ownedBy(String ownerUid) {
    return pods.stream()
        .filter(p -> Pods.controller(p).map(o -> ownerUid.equals(o.getUid())).orElse(false))
        .toList();
  }
}

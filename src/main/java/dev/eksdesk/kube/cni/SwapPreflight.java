package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the cluster and says what the swap will change; changes nothing. */
final class SwapPreflight {
  private final KubernetesClient client;

  SwapPreflight(KubernetesClient client) {
    this.client = client;
  }

  SwapPlan plan(String vpcCidr, String calicoPool) {
    boolean awsNode = daemonSetExists(WellKnown.AWS_NODE);
    boolean calico = daemonSetExists(WellKnown.CALICO_NODE);
    List<HostNetworkNeed> needs = new ControlPlaneCallees(client).find();
    Set<String> moving =
        needs.stream()
            .filter(n -> !n.alreadyOnHostNetwork())
            .map(n -> n.namespace() + "/" + n.deployment())
            .collect(Collectors.toSet());
    List<Pod> pods = client.pods().inAnyNamespace().list().getItems();
    List<String> restarting =
        pods.stream()
            .filter(
                p ->
                    Pods.daemonSet(p).filter(WellKnown.AWS_NODE::equals).isPresent()
                        || movesWith(p, moving))
            .map(Pods::key)
            .sorted()
            .toList();
    List<String> keepingVpc =
        pods.stream()
            .filter(
                p ->
                    !Pods.usesHostNetwork(p)
                        && p.getStatus() != null
                        && p.getStatus().getPodIP() != null)
            .filter(p -> !movesWith(p, moving))
            .map(Pods::key)
            .sorted()
            .toList();
    List<String> nodes = nodesBootedBeforeCalico();

    CidrCheck cidr = CidrCheck.of(calicoPool, vpcCidr);
    SwapPlan found =
        new SwapPlan(awsNode, calico, List.of(), cidr, needs, restarting, keepingVpc, nodes);
    if (found.alreadyOnCalico()) {
      return found.withChanges(
          List.of(
              "The cluster already runs Calico: aws-node is gone, Calico is installed, the API"
                  + " server's callees use host networking and every node booted with Calico."
                  + " Nothing needs swapping or recycling."));
    }
    List<String> changes = new ArrayList<>();
    changes.add(
        awsNode
            ? "Delete the aws-node DaemonSet (the VPC CNI's agent) and its pods."
            : "aws-node is already gone.");
    changes.add(
        calico
            ? "Calico is already installed; its manifest is applied again to match "
                + CalicoRelease.VERSION
                + "."
            : "Install Calico "
                + CalicoRelease.VERSION
                + " (VXLAN) with pod pool "
                + calicoPool
                + ".");
    for (HostNetworkNeed need : needs) {
      changes.add(
          need.alreadyOnHostNetwork()
              ? need.namespace() + "/" + need.deployment() + " already uses host networking."
              : "Move "
                  + need.namespace()
                  + "/"
                  + need.deployment()
                  + " to host networking ("
                  + need.reason()
                  + ").");
    }
    changes.add(
        nodes.isEmpty()
            ? "Every node booted with Calico already; none needs recycling."
            : "Then recycle "
                + (calico ? "the nodes that booted before Calico" : "every node")
                + " ("
                + nodes.size()
                + "): until replaced, a node keeps the VPC CNI's configuration and its"
                + " --max-pods, and new pods on it cannot get an address.");
    return found.withChanges(changes);
  }

  /**
   * The nodes that registered before calico-node's DaemonSet was created (every node while there is
   * none): they booted with the VPC CNI's configuration file and max pods, which only a replacement
   * changes.
   */
  private List<String> nodesBootedBeforeCalico() {
    DaemonSet calico =
        client
            .apps()
            .daemonSets()
            .inNamespace(WellKnown.KUBE_SYSTEM)
            .withName(WellKnown.CALICO_NODE)
            .get();
    Instant installed =
        calico == null ? Instant.MAX : Instant.parse(calico.getMetadata().getCreationTimestamp());
    return client.nodes().list().getItems().stream()
        // A node registered in the same second as the DaemonSet counts as booted before it.
        .filter(n -> !Instant.parse(n.getMetadata().getCreationTimestamp()).isAfter(installed))
        .map(n -> n.getMetadata().getName())
        .sorted()
        .toList();
  }

  private boolean daemonSetExists(String name) {
    return client.apps().daemonSets().inNamespace(WellKnown.KUBE_SYSTEM).withName(name).get()
        != null;
  }

  private static boolean movesWith(Pod pod, Set<String> movingDeployments) {
    return Pods.controller(pod)
        .filter(o -> "Deployment".equals(o.getKind()) || "ReplicaSet".equals(o.getKind()))
        .map(
            o ->
                movingDeployments.contains(
                    pod.getMetadata().getNamespace()
                        + "/"
                        + deploymentName(o.getKind(), o.getName())))
        .orElse(false);
  }

  /** A ReplicaSet is named after its Deployment plus "-" and the pod template hash. */
  private static String deploymentName(String ownerKind, String ownerName) {
    if ("ReplicaSet".equals(ownerKind) && ownerName.lastIndexOf('-') > 0) {
      return ownerName.substring(0, ownerName.lastIndexOf('-'));
    }
    return ownerName;
  }
}

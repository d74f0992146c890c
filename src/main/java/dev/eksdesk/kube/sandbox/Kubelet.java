package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.Nodes;
import dev.eksdesk.kube.Pods;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Every node's kubelet at once: starts the pods bound to a node, host-network pods first (the CNI
 * agents among them install their plugin), then the others through the node's CNI. A pod whose
 * network cannot be set up stays in ContainerCreating with a FailedCreatePodSandBox event, and is
 * retried on every pass, as the kubelet retries.
 */
final class Kubelet {
  private final KubernetesClient client;
  private final EventRecorder events;
  private final Supplier<String> now;

  Kubelet(KubernetesClient client, EventRecorder events, Supplier<String> now) {
    this.client = client;
    this.events = events;
    this.now = now;
  }

  /** Runs the pods of every node the sandbox registered; returns each node's address view. */
  List<NodeIpView> run(ClusterState state, Map<String, NodeNetwork> networks) {
    List<NodeIpView> views = new ArrayList<>();
    for (Node node : state.nodes()) {
      NodeNetwork network = networks.get(node.getMetadata().getName());
      if (network != null) {
        views.add(runNode(node, state.livePodsOn(node.getMetadata().getName()), network));
      }
    }
    views.sort(Comparator.comparing(NodeIpView::nodeName));
    return views;
  }

  private NodeIpView runNode(Node node, List<Pod> pods, NodeNetwork network) {
    String hostIp = Nodes.internalIp(node);
    network.releaseUnless(
        pods.stream().map(p -> p.getMetadata().getUid()).collect(Collectors.toSet()));
    Map<Pod, PodStatus> started = new HashMap<>();
    Set<CniPlugin> runningAgents = EnumSet.noneOf(CniPlugin.class);
    for (Pod pod : pods) {
      if (Pods.usesHostNetwork(pod)) {
        if (!"Running".equals(Pods.phase(pod))) {
          started.put(pod, PodStatuses.running(pod, hostIp, hostIp, now.get()));
        }
        Pods.daemonSet(pod).flatMap(CniPlugin::ofAgent).ifPresent(runningAgents::add);
      }
    }
    runningAgents.forEach(network::agentStarted);
    List<String> waiting = new ArrayList<>();
    for (Pod pod : pods) {
      if (Pods.usesHostNetwork(pod) || "Running".equals(Pods.phase(pod))) {
        continue;
      }
      SandboxSetup setup = network.setUp(pod.getMetadata().getUid(), runningAgents);
      if (setup instanceof SandboxSetup.Attached attached) {
        started.put(pod, PodStatuses.running(pod, attached.podIp(), hostIp, now.get()));
      } else if (setup instanceof SandboxSetup.Failed failed) {
        waiting.add(Pods.key(pod));
        events.warnOnce(pod, CniMessages.REASON_SANDBOX_FAILED, failed.message(), "kubelet");
        started.put(pod, PodStatuses.containerCreating(pod, hostIp, now.get()));
      }
    }
    started.forEach(this::writeStatus);
    long running =
        pods.stream()
            .filter(
                p -> "Running".equals(Pods.phase(p)) || "Running".equals(phaseOf(started.get(p))))
            .count();
    return network.view((int) running, waiting);
  }

  private static String phaseOf(PodStatus status) {
    return status == null ? null : status.getPhase();
  }

  private void writeStatus(Pod pod, PodStatus status) {
    if (PodStatuses.sameState(pod.getStatus(), status)) {
      return;
    }
    pod.setStatus(status);
    client.pods().inNamespace(pod.getMetadata().getNamespace()).resource(pod).updateStatus();
  }
}

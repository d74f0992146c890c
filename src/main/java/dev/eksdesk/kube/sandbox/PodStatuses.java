package dev.eksdesk.kube.sandbox;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.PodIPBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.util.List;
import java.util.Objects;

/** The pod statuses a kubelet and a scheduler write, built the way they write them. */
final class PodStatuses {
  private PodStatuses() {}

  static PodStatus running(Pod pod, String podIp, String hostIp, String now) {
    return new PodStatusBuilder()
        .withPhase("Running")
        .withHostIP(hostIp)
        .withPodIP(podIp)
        .withPodIPs(new PodIPBuilder().withIp(podIp).build())
        .withStartTime(now)
        .withConditions(
            condition("PodScheduled", "True", null, now),
            condition("Initialized", "True", null, now),
            condition("ContainersReady", "True", null, now),
            condition("Ready", "True", null, now))
        .withContainerStatuses(containers(pod, true, now))
        .build();
  }

  /** Bound to a node whose CNI could not set the pod's network up. */
  static PodStatus containerCreating(Pod pod, String hostIp, String now) {
    return new PodStatusBuilder()
        .withPhase("Pending")
        .withHostIP(hostIp)
        .withConditions(
            condition("PodScheduled", "True", null, now),
            condition("Initialized", "True", null, now),
            condition("ContainersReady", "False", "ContainersNotReady", now),
            condition("Ready", "False", "ContainersNotReady", now))
        .withContainerStatuses(containers(pod, false, now))
        .build();
  }

  static PodStatus unschedulable(String message, String now) {
    return new PodStatusBuilder()
        .withPhase("Pending")
        .withConditions(
            new PodConditionBuilder()
                .withType("PodScheduled")
                .withStatus("False")
                .withReason("Unschedulable")
                .withMessage(message)
                .withLastTransitionTime(now)
                .build())
        .build();
  }

  /** Whether two statuses say the same thing, timestamps aside (to avoid no-op writes). */
  static boolean sameState(PodStatus a, PodStatus b) {
    if (a == null || b == null) {
      return a == b;
    }
    return Objects.equals(a.getPhase(), b.getPhase())
        && Objects.equals(a.getPodIP(), b.getPodIP())
        && Objects.equals(a.getHostIP(), b.getHostIP())
        && conditionsOf(a).equals(conditionsOf(b));
  }

  private static List<String> conditionsOf(PodStatus status) {
    return status.getConditions() == null
        ? List.of()
        : status.getConditions().stream()
            .map(c -> c.getType() + "=" + c.getStatus() + ":" + c.getMessage())
            .toList();
  }

  private static PodCondition condition(String type, String status, String reason, String now) {
    return new PodConditionBuilder()
        .withType(type)
        .withStatus(status)
        .withReason(reason)
        .withLastTransitionTime(now)
        .build();
  }

  private static List<ContainerStatus> containers(Pod pod, boolean running, String now) {
    return pod.getSpec().getContainers().stream()
        .map(
            c -> {
              ContainerStatusBuilder status =
                  new ContainerStatusBuilder()
                      .withName(c.getName())
                      .withImage(c.getImage())
                      .withReady(running)
                      .withStarted(running)
                      .withRestartCount(0);
              return running
                  ? status.withNewState().withNewRunning(now).endState().build()
                  : status
                      .withNewState()
                      .withNewWaiting()
                      .withReason("ContainerCreating")
                      .endWaiting()
                      .endState()
                      .build();
            })
        .toList();
  }
}

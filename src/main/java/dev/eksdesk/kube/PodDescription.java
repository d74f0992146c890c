package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.List;
import java.util.Optional;

/** {@code kubectl describe pod}, the parts a user reads: state, containers, volumes, events. */
final class PodDescription {
  private final Pod pod;
  private final List<PodEventRow> events;

  PodDescription(Pod pod, List<PodEventRow> events) {
    this.pod = pod;
    this.events = events;
  }

  String text() {
    DescriptionText out = new DescriptionText();
    var meta = pod.getMetadata();
    var status = Optional.ofNullable(pod.getStatus());
    out.field("Name", meta.getName())
        .field("Namespace", meta.getNamespace())
        .field("Node", Pods.nodeName(pod))
        .field("Start Time", status.map(s -> s.getStartTime()).orElse(null))
        .map("Labels", meta.getLabels())
        .map("Annotations", meta.getAnnotations())
        .field("Status", PodRows.of(pod).status())
        .field("IP", status.map(s -> s.getPodIP()).orElse(null))
        .field(
            "Controlled By",
            Pods.controller(pod).map(o -> o.getKind() + "/" + o.getName()).orElse(null));
    out.section("Containers");
    for (Container container : pod.getSpec().getContainers()) {
      container(out, container, statusOf(container.getName()));
    }
    out.table(
        "Conditions",
        List.of("Type", "Status", "Reason"),
        status.map(s -> s.getConditions()).orElse(List.of()).stream()
            .map(PodDescription::condition)
            .toList());
    out.table(
        "Volumes",
        List.of("Name", "Source"),
        Optional.ofNullable(pod.getSpec().getVolumes()).orElse(List.of()).stream()
            .map(v -> List.of(v.getName(), source(v)))
            .toList());
    out.field(
        "Node-Selectors",
        DescriptionText.joined(
            Optional.ofNullable(pod.getSpec().getNodeSelector())
                .orElse(java.util.Map.of())
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList()));
    return out.events(events).text();
  }

  private Optional<ContainerStatus> statusOf(String container) {
    return Optional.ofNullable(pod.getStatus())
        .map(s -> s.getContainerStatuses())
        .flatMap(list -> list.stream().filter(c -> container.equals(c.getName())).findFirst());
  }

  private static void container(
      DescriptionText out, Container container, Optional<ContainerStatus> status) {
    out.line(2, container.getName() + ":")
        .field(4, "Image", container.getImage())
        .field(
            4,
            "Ports",
            DescriptionText.joined(
                Optional.ofNullable(container.getPorts()).orElse(List.of()).stream()
                    .map(PodDescription::port)
                    .toList()))
        .field(4, "Args", DescriptionText.joined(container.getArgs()))
        .field(4, "State", status.map(s -> state(s.getState())).orElse("Waiting"))
        .field(
            4,
            "Ready",
            status.map(s -> String.valueOf(Boolean.TRUE.equals(s.getReady()))).orElse("false"))
        .field(4, "Restart Count", status.map(ContainerStatus::getRestartCount).orElse(0))
        .field(
            4,
            "Mounts",
            DescriptionText.joined(
                Optional.ofNullable(container.getVolumeMounts()).orElse(List.of()).stream()
                    .map(PodDescription::mount)
                    .toList()));
  }

  private static String port(ContainerPort port) {
    return port.getContainerPort() + "/" + Optional.ofNullable(port.getProtocol()).orElse("TCP");
  }

  private static String mount(VolumeMount mount) {
    return mount.getMountPath()
        + " from "
        + mount.getName()
        + (Boolean.TRUE.equals(mount.getReadOnly()) ? " (ro)" : " (rw)");
  }

  private static String state(ContainerState state) {
    if (state == null) {
      return "Waiting";
    }
    if (state.getRunning() != null) {
      return "Running (started " + state.getRunning().getStartedAt() + ")";
    }
    if (state.getTerminated() != null) {
      return "Terminated ("
          + state.getTerminated().getReason()
          + ", exit code "
          + state.getTerminated().getExitCode()
          + ")";
    }
    return "Waiting"
        + (state.getWaiting() == null || state.getWaiting().getReason() == null
            ? ""
            : " (" + state.getWaiting().getReason() + ")");
  }

  private static List<String> condition(PodCondition condition) {
    return List.of(
        condition.getType(),
        condition.getStatus(),
        condition.getReason() == null ? "" : condition.getReason());
  }

  private static String source(Volume volume) {
    if (volume.getConfigMap() != null) {
      return "ConfigMap " + volume.getConfigMap().getName();
    }
    if (volume.getSecret() != null) {
      return "Secret " + volume.getSecret().getSecretName();
    }
    if (volume.getHostPath() != null) {
      return "HostPath " + volume.getHostPath().getPath();
    }
    if (volume.getEmptyDir() != null) {
      return "EmptyDir";
    }
    if (volume.getPersistentVolumeClaim() != null) {
      return "PersistentVolumeClaim " + volume.getPersistentVolumeClaim().getClaimName();
    }
    if (volume.getProjected() != null) {
      return "Projected (a service account token and the cluster's CA)";
    }
    return "other";
  }
}

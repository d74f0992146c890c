package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns workloads, Services and pods into a {@link WorkloadsSnapshot}: counts as kubectl prints
 * them and the pods each one selects. A pod's row is rebuilt only when its resource version
 * changed, as in {@link ClusterSnapshots}. Not thread-safe: one caller at a time.
 */
final class WorkloadSnapshots {
  /** The objects one snapshot is made of, as the informers' stores hold them. */
  record Sources(
      Collection<Deployment> deployments,
      Collection<DaemonSet> daemonSets,
      Collection<StatefulSet> statefulSets,
      Collection<Service> services,
      Collection<Pod> pods,
      Collection<Namespace> namespaces) {}

  private record TrackedPod(String resourceVersion, PodRow row, Map<String, String> labels) {}

  private Map<String, TrackedPod> podsByUid = new HashMap<>();

  WorkloadsSnapshot snapshot(Sources objects) {
    Map<String, List<TrackedPod>> podsByNamespace = trackPods(objects.pods());
    List<WorkloadRow> rows = new ArrayList<>();
    Map<String, List<PodRow>> podsOf = new HashMap<>();
    for (Deployment d : objects.deployments()) {
      int desired = d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
      int ready = d.getStatus() == null ? 0 : orZero(d.getStatus().getReadyReplicas());
      add(
          rows,
          podsOf,
          podsByNamespace,
          WorkloadKind.DEPLOYMENT,
          d.getMetadata(),
          ready,
          desired,
          image(d.getSpec().getTemplate()),
          selects(d.getSpec().getSelector()));
    }
    for (DaemonSet d : objects.daemonSets()) {
      int desired = d.getStatus() == null ? 0 : orZero(d.getStatus().getDesiredNumberScheduled());
      int ready = d.getStatus() == null ? 0 : orZero(d.getStatus().getNumberReady());
      add(
          rows,
          podsOf,
          podsByNamespace,
          WorkloadKind.DAEMON_SET,
          d.getMetadata(),
          ready,
          desired,
          image(d.getSpec().getTemplate()),
          selects(d.getSpec().getSelector()));
    }
    for (StatefulSet s : objects.statefulSets()) {
      int desired = s.getSpec().getReplicas() == null ? 1 : s.getSpec().getReplicas();
      int ready = s.getStatus() == null ? 0 : orZero(s.getStatus().getReadyReplicas());
      add(
          rows,
          podsOf,
          podsByNamespace,
          WorkloadKind.STATEFUL_SET,
          s.getMetadata(),
          ready,
          desired,
          image(s.getSpec().getTemplate()),
          selects(s.getSpec().getSelector()));
    }
    for (Service s : objects.services()) {
      Map<String, String> selector = s.getSpec().getSelector();
      List<PodRow> selected =
          selected(
              podsByNamespace,
              s.getMetadata().getNamespace(),
              labels -> Selectors.matches(selector, labels));
      int ready = (int) selected.stream().filter(WorkloadSnapshots::ready).count();
      WorkloadRow row =
          new WorkloadRow(
              WorkloadKind.SERVICE,
              s.getMetadata().getNamespace(),
              s.getMetadata().getName(),
              ready,
              selected.size(),
              serviceDetail(s),
              s.getSpec().getPorts() == null
                  ? List.of()
                  : s.getSpec().getPorts().stream().map(ServicePort::getPort).toList(),
              PodRows.timestamp(s.getMetadata().getCreationTimestamp()));
      rows.add(row);
      podsOf.put(row.key(), selected);
    }
    rows.sort(
        Comparator.comparing(WorkloadRow::kind)
            .thenComparing(WorkloadRow::namespace)
            .thenComparing(WorkloadRow::name));
    TreeSet<String> namespaces =
        objects.namespaces().stream()
            .map(n -> n.getMetadata().getName())
            .collect(Collectors.toCollection(TreeSet::new));
    namespaces.addAll(podsByNamespace.keySet());
    return new WorkloadsSnapshot(rows, podsOf, List.copyOf(namespaces), Instant.now());
  }

  private Map<String, List<TrackedPod>> trackPods(Collection<Pod> pods) {
    Map<String, TrackedPod> tracked = new HashMap<>();
    Map<String, List<TrackedPod>> byNamespace = new HashMap<>();
    for (Pod pod : pods) {
      String uid = pod.getMetadata().getUid();
      TrackedPod previous = podsByUid.get(uid);
      TrackedPod now =
          previous != null
                  && Objects.equals(
                      previous.resourceVersion(), pod.getMetadata().getResourceVersion())
              ? previous
              : new TrackedPod(
                  pod.getMetadata().getResourceVersion(),
                  PodRows.of(pod),
                  pod.getMetadata().getLabels() == null
                      ? Map.of()
                      : Map.copyOf(pod.getMetadata().getLabels()));
      tracked.put(uid, now);
      byNamespace.computeIfAbsent(now.row().namespace(), n -> new ArrayList<>()).add(now);
    }
    podsByUid = tracked;
    return byNamespace;
  }

  private static void add(
      List<WorkloadRow> rows,
      Map<String, List<PodRow>> podsOf,
      Map<String, List<TrackedPod>> podsByNamespace,
      WorkloadKind kind,
      io.fabric8.kubernetes.api.model.ObjectMeta meta,
      int ready,
      int desired,
      String detail,
      Predicate<Map<String, String>> selects) {
    WorkloadRow row =
        new WorkloadRow(
            kind,
            meta.getNamespace(),
            meta.getName(),
            ready,
            desired,
            detail,
            List.of(),
            PodRows.timestamp(meta.getCreationTimestamp()));
    rows.add(row);
    podsOf.put(row.key(), selected(podsByNamespace, meta.getNamespace(), selects));
  }

  private static List<PodRow> selected(
      Map<String, List<TrackedPod>> podsByNamespace,
      String namespace,
      Predicate<Map<String, String>> selects) {
    return podsByNamespace.getOrDefault(namespace, List.of()).stream()
        .filter(p -> selects.test(p.labels()))
        .map(TrackedPod::row)
        .sorted(Comparator.comparing(PodRow::name))
        .toList();
  }

  private static Predicate<Map<String, String>> selects(LabelSelector selector) {
    return labels -> Selectors.matches(selector, labels);
  }

  /** A pod row is ready when all its containers are ("2/2"), as kubectl counts endpoints. */
  static boolean ready(PodRow pod) {
    String[] parts = pod.ready().split("/");
    return parts.length == 2 && parts[0].equals(parts[1]) && !"0".equals(parts[1]);
  }

  private static String image(PodTemplateSpec template) {
    if (template == null || template.getSpec() == null) {
      return "";
    }
    return template.getSpec().getContainers().stream()
        .map(Container::getImage)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse("");
  }

  private static String serviceDetail(Service service) {
    String type = service.getSpec().getType() == null ? "ClusterIP" : service.getSpec().getType();
    String ip =
        service.getSpec().getClusterIP() == null ? "" : " " + service.getSpec().getClusterIP();
    String ports =
        service.getSpec().getPorts() == null
            ? ""
            : service.getSpec().getPorts().stream()
                .map(p -> p.getPort() + "/" + (p.getProtocol() == null ? "TCP" : p.getProtocol()))
                .collect(Collectors.joining(",", " ", ""));
    return type + ip + ports;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}

package dev.eksdesk.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** WorkloadActions through fabric8. */
public final class Fabric8WorkloadActions implements WorkloadActions {

  private final KubernetesClient client;

  Fabric8WorkloadActions(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public void deletePod(String namespace, String pod) {
    client.pods().inNamespace(namespace).withName(pod).delete();
  }

  @Override
  public Optional<WorkloadRef> controllerOf(String namespace, String pod) {
    Pod found = client.pods().inNamespace(namespace).withName(pod).get();
    if (found == null) {
      return Optional.empty();
    }
    Optional<OwnerReference> owner = Pods.controller(found);
    if (owner.isPresent() && "ReplicaSet".equals(owner.get().getKind())) {
      ReplicaSet replicaSet =
          client.apps().replicaSets().inNamespace(namespace).withName(owner.get().getName()).get();
      owner = replicaSet == null ? Optional.empty() : controller(replicaSet);
    }
    return owner.flatMap(o -> workload(namespace, o));
  }

  private static Optional<OwnerReference> controller(HasMetadata object) {
    return object.getMetadata().getOwnerReferences() == null
        ? Optional.empty()
        : object.getMetadata().getOwnerReferences().stream()
            .filter(o -> Boolean.TRUE.equals(o.getController()))
            .findFirst();
  }

  private static Optional<WorkloadRef> workload(String namespace, OwnerReference owner) {
    for (WorkloadRef.Kind kind : WorkloadRef.Kind.values()) {
      if (kind.apiName().equals(owner.getKind())) {
        return Optional.of(new WorkloadRef(kind, namespace, owner.getName()));
      }
    }
    return Optional.empty();
  }

  @Override
  public int replicas(WorkloadRef workload) {
    HasMetadata found =
        switch (workload.kind()) {
          case DEPLOYMENT -> deployment(workload).get();
          case STATEFUL_SET -> statefulSet(workload).get();
          case DAEMON_SET -> null;
        };
    Integer replicas =
        found instanceof io.fabric8.kubernetes.api.model.apps.Deployment d
            ? d.getSpec().getReplicas()
            : found instanceof io.fabric8.kubernetes.api.model.apps.StatefulSet s
                ? s.getSpec().getReplicas()
                : Integer.valueOf(0);
    if (found == null && workload.kind().scales()) {
      throw new IllegalStateException(workload + " no longer exists.");
    }
    return replicas == null ? 1 : replicas;
  }

  @Override
  public void restart(WorkloadRef workload, Instant now) {
    mergePatch(
        workload,
        Map.of(
            "spec",
            Map.of(
                "template",
                Map.of("metadata", Map.of("annotations", Map.of(RESTARTED_AT, now.toString()))))));
  }

  @Override
  public void scale(WorkloadRef workload, int replicas) {
    if (!workload.kind().scales()) {
      throw new IllegalArgumentException(
          "A " + workload.kind().apiName() + " runs one pod per node; it does not scale.");
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("Replicas must be 0 or more, not " + replicas + ".");
    }
    mergePatch(workload, Map.of("spec", Map.of("replicas", replicas)));
  }

  /**
   * A merge patch, which names no resource version: the workload's controller writes its status all
   * the time, and an edit made from a copy read a moment earlier would be refused as a conflict.
   */
  private void mergePatch(WorkloadRef workload, Map<String, Object> patch) {
    PatchContext merge = PatchContext.of(PatchType.JSON_MERGE);
    String json = Serialization.asJson(patch);
    switch (workload.kind()) {
      case DEPLOYMENT -> deployment(workload).patch(merge, json);
      case DAEMON_SET ->
          client
              .apps()
              .daemonSets()
              .inNamespace(workload.namespace())
              .withName(workload.name())
              .patch(merge, json);
      case STATEFUL_SET -> statefulSet(workload).patch(merge, json);
    }
  }

  private io.fabric8.kubernetes.client.dsl.RollableScalableResource<
          io.fabric8.kubernetes.api.model.apps.Deployment>
      deployment(WorkloadRef workload) {
    return client.apps().deployments().inNamespace(workload.namespace()).withName(workload.name());
  }

  private io.fabric8.kubernetes.client.dsl.RollableScalableResource<
          io.fabric8.kubernetes.api.model.apps.StatefulSet>
      statefulSet(WorkloadRef workload) {
    return client.apps().statefulSets().inNamespace(workload.namespace()).withName(workload.name());
  }
}

package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns Deployments into pods, as the deployment and replica-set controllers do together. Pods are
 * owned by the Deployment directly (no ReplicaSet in between) and a changed template replaces all
 * pods at once, like the Recreate strategy.
 */
final class DeploymentController {
  private final KubernetesClient client;

  DeploymentController(KubernetesClient client) {
    this.client = client;
  }

  /** Returns whether it wrote anything. */
  boolean reconcile(ClusterState state) {
    boolean changed = false;
    for (Deployment deployment : state.deployments()) {
      String hash = templateHash(deployment);
      List<Pod> owned = state.ownedBy(deployment.getMetadata().getUid());
      List<Pod> current =
          owned.stream()
              .filter(
                  p ->
                      hash.equals(
                          p.getMetadata().getLabels().get(WellKnown.LABEL_POD_TEMPLATE_HASH)))
              .toList();
      List<Pod> stale = owned.stream().filter(p -> !current.contains(p)).toList();
      int wanted = replicas(deployment);
      List<Pod> surplus =
          current.stream()
              .sorted(
                  Comparator.comparing(Pods::isReady).thenComparing(p -> p.getMetadata().getName()))
              .limit(Math.max(0, current.size() - wanted))
              .toList();
      stale.forEach(this::delete);
      surplus.forEach(this::delete);
      for (int i = current.size(); i < wanted; i++) {
        create(deployment, hash);
      }
      changed |= !stale.isEmpty() || !surplus.isEmpty() || current.size() < wanted;
      changed |=
          updateStatus(deployment, current.stream().filter(p -> !surplus.contains(p)).toList());
    }
    return changed;
  }

  static String templateHash(Deployment deployment) {
    int hash = Serialization.asJson(deployment.getSpec().getTemplate()).hashCode();
    return Integer.toHexString(hash);
  }

  private static int replicas(Deployment deployment) {
    Integer replicas = deployment.getSpec().getReplicas();
    return replicas == null ? 1 : replicas;
  }

  private void create(Deployment deployment, String hash) {
    Pod pod =
        PodFactory.fromTemplate(
            deployment,
            deployment.getSpec().getTemplate(),
            deployment.getMetadata().getName() + "-" + hash + "-",
            Map.of(WellKnown.LABEL_POD_TEMPLATE_HASH, hash),
            null);
    client.pods().inNamespace(deployment.getMetadata().getNamespace()).resource(pod).create();
  }

  private void delete(Pod pod) {
    client
        .pods()
        .inNamespace(pod.getMetadata().getNamespace())
        .withName(pod.getMetadata().getName())
        .delete();
  }

  private boolean updateStatus(Deployment deployment, List<Pod> current) {
    int ready = (int) current.stream().filter(Pods::isReady).count();
    DeploymentStatus wanted =
        new DeploymentStatusBuilder()
            .withObservedGeneration(deployment.getMetadata().getGeneration())
            .withReplicas(current.size())
            .withUpdatedReplicas(current.size())
            .withReadyReplicas(ready)
            .withAvailableReplicas(ready)
            .withUnavailableReplicas(Math.max(0, replicas(deployment) - ready))
            .build();
    DeploymentStatus actual = deployment.getStatus();
    if (actual != null
        && Objects.equals(actual.getReplicas(), wanted.getReplicas())
        && Objects.equals(actual.getReadyReplicas(), wanted.getReadyReplicas())
        && Objects.equals(actual.getUnavailableReplicas(), wanted.getUnavailableReplicas())
        && Objects.equals(actual.getObservedGeneration(), wanted.getObservedGeneration())) {
      return false;
    }
    deployment.setStatus(wanted);
    client
        .apps()
        .deployments()
        .inNamespace(deployment.getMetadata().getNamespace())
        .resource(deployment)
        .updateStatus();
    return true;
  }
}

package dev.eksdesk.kube.sandbox;

import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.Selectors;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodList;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetList;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.util.List;

/**
 * POST pods/{name}/eviction as the API server answers it: 201 and the pod deleted when every
 * PodDisruptionBudget covering it allows one more disruption, 429 when one does not. Reads and
 * deletes through the dispatcher's own store, so two evictions never both spend the last disruption
 * a budget allows (the method is synchronized and the store is authoritative).
 */
final class EvictionSubresource {
  private final KubernetesCrudDispatcher store;

  EvictionSubresource(KubernetesCrudDispatcher store) {
    this.store = store;
  }

  synchronized MockResponse evict(String namespace, String name) {
    String podPath = "/api/v1/namespaces/" + namespace + "/pods/" + name;
    MockResponse found = store.handleGet(podPath);
    if (found.code() != 200) {
      return StoreReplies.status(404, "NotFound", "pods \"" + name + "\" not found");
    }
    Pod pod = Serialization.unmarshal(found.getBody().readUtf8(), Pod.class);
    List<PodDisruptionBudget> budgets =
        StoreReplies.list(
                store,
                "/apis/policy/v1/namespaces/" + namespace + "/poddisruptionbudgets",
                PodDisruptionBudgetList.class)
            .getItems()
            .stream()
            .filter(
                b -> Selectors.matches(b.getSpec().getSelector(), pod.getMetadata().getLabels()))
            .toList();
    if (budgets.size() > 1) {
      return StoreReplies.status(
          500,
          "InternalError",
          "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.");
    }
    if (budgets.size() == 1) {
      List<Pod> pods =
          StoreReplies.list(store, "/api/v1/namespaces/" + namespace + "/pods", PodList.class)
              .getItems();
      String refusal = refusal(budgets.get(0), pod, pods);
      if (refusal != null) {
        return StoreReplies.status(429, "TooManyRequests", refusal);
      }
    }
    store.handleDelete(podPath);
    return StoreReplies.status(201, null, null);
  }

  /** Why the budget refuses, or null when it allows the eviction. */
  private static String refusal(PodDisruptionBudget budget, Pod pod, List<Pod> pods) {
    List<Pod> covered =
        pods.stream()
            .filter(p -> !Pods.isTerminal(p))
            .filter(
                p -> Selectors.matches(budget.getSpec().getSelector(), p.getMetadata().getLabels()))
            .toList();
    int expected = covered.size();
    int healthy = (int) covered.stream().filter(Pods::isReady).count();
    int desiredHealthy = desiredHealthy(budget, expected);
    // Default unhealthyPodEvictionPolicy (IfHealthyBudget): an unready pod may go when the
    // application is not already disrupted below its budget.
    boolean allowed = Pods.isReady(pod) ? healthy - desiredHealthy >= 1 : healthy >= desiredHealthy;
    if (allowed) {
      return null;
    }
    return "Cannot evict pod as it would violate the pod's disruption budget. The disruption budget "
        + budget.getMetadata().getName()
        + " needs "
        + desiredHealthy
        + " healthy pods and has "
        + healthy
        + " currently";
  }

  private static int desiredHealthy(PodDisruptionBudget budget, int expected) {
    IntOrString minAvailable = budget.getSpec().getMinAvailable();
    if (minAvailable != null) {
      return scaled(minAvailable, expected);
    }
    IntOrString maxUnavailable = budget.getSpec().getMaxUnavailable();
    return maxUnavailable == null ? 0 : Math.max(0, expected - scaled(maxUnavailable, expected));
  }

  /** An absolute count, or a percentage of {@code total} rounded up as Kubernetes does. */
  private static int scaled(IntOrString value, int total) {
    if (value.getIntVal() != null) {
      return value.getIntVal();
    }
    String text = value.getStrVal().trim();
    int percent = Integer.parseInt(text.substring(0, text.length() - 1));
    return (int) Math.ceil(percent * total / 100.0);
  }
}

package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.Waits;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** kubectl delete daemonset -n kube-system aws-node, then wait for its pods to go. */
final class RemoveAwsNode implements Step {
  private final KubernetesClient client;

  RemoveAwsNode(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public SwapStep id() {
    return SwapStep.REMOVE_AWS_NODE;
  }

  @Override
  public boolean isDone() {
    return daemonSet() == null && agentPods() == 0;
  }

  @Override
  public List<String> perform() {
    if (daemonSet() == null) {
      return List.of("DaemonSet kube-system/aws-node was already deleted");
    }
    client
        .apps()
        .daemonSets()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName(WellKnown.AWS_NODE)
        .withPropagationPolicy(DeletionPropagation.BACKGROUND)
        .delete();
    return List.of("DaemonSet kube-system/aws-node deleted");
  }

  @Override
  public void awaitEffect(Duration timeout) throws TimeoutException, InterruptedException {
    Waits.until(
        "every aws-node pod is gone", timeout, Duration.ofMillis(250), () -> agentPods() == 0);
  }

  @Override
  public String whatToDo() {
    return "Check that your credentials may delete DaemonSets in kube-system, then run the swap again.";
  }

  private Object daemonSet() {
    return client
        .apps()
        .daemonSets()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName(WellKnown.AWS_NODE)
        .get();
  }

  private long agentPods() {
    return client.pods().inNamespace(WellKnown.KUBE_SYSTEM).list().getItems().stream()
        .filter(p -> Pods.daemonSet(p).filter(WellKnown.AWS_NODE::equals).isPresent())
        .count();
  }
}

package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.Pods;
import dev.eksdesk.kube.Waits;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** Patches metrics-server and webhook backends to host networking, then waits for their pods. */
final class MoveToHostNetwork implements Step {
  private final KubernetesClient client;

  MoveToHostNetwork(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public SwapStep id() {
    return SwapStep.HOST_NETWORK;
  }

  @Override
  public boolean isDone() {
    return needs().stream().allMatch(n -> n.alreadyOnHostNetwork() && runsOnHostNetwork(n));
  }

  @Override
  public List<String> perform() {
    List<String> done = new ArrayList<>();
    for (HostNetworkNeed need : needs()) {
      if (need.alreadyOnHostNetwork()) {
        continue;
      }
      var deployment =
          client.apps().deployments().inNamespace(need.namespace()).withName(need.deployment());
      deployment.patch(
          PatchContext.of(PatchType.JSON), HostNetworkPatch.forDeployment(deployment.get()));
      done.add(need.namespace() + "/" + need.deployment() + " now uses host networking");
    }
    return done;
  }

  @Override
  public void awaitEffect(Duration timeout) throws TimeoutException, InterruptedException {
    Waits.until(
        "the patched Deployments run on host networking",
        timeout,
        Duration.ofMillis(250),
        () -> needs().stream().allMatch(this::runsOnHostNetwork));
  }

  @Override
  public String whatToDo() {
    return "Look at the patched Deployments' pods: on host networking a pod needs a free port on"
        + " its node. Run the swap again once they can start.";
  }

  private List<HostNetworkNeed> needs() {
    return new ControlPlaneCallees(client).find();
  }

  /** Every replica is ready, and every pod of the Deployment is on host networking. */
  private boolean runsOnHostNetwork(HostNetworkNeed need) {
    Deployment deployment =
        client.apps().deployments().inNamespace(need.namespace()).withName(need.deployment()).get();
    if (deployment == null || deployment.getStatus() == null) {
      return false;
    }
    int wanted =
        deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
    var pods =
        client
            .pods()
            .inNamespace(need.namespace())
            .withLabels(deployment.getSpec().getSelector().getMatchLabels())
            .list()
            .getItems();
    return Integer.valueOf(wanted).equals(deployment.getStatus().getReadyReplicas())
        && pods.size() == wanted
        && pods.stream().allMatch(p -> Pods.usesHostNetwork(p) && Pods.isReady(p));
  }
}

package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.Waits;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

/** Applies the pinned Calico manifest and waits for calico-node to be ready on every node. */
final class InstallCalico implements Step {
  private final KubernetesClient client;
  private final ManifestSource manifest;

  InstallCalico(KubernetesClient client, ManifestSource manifest) {
    this.client = client;
    this.manifest = manifest;
  }

  @Override
  public SwapStep id() {
    return SwapStep.INSTALL_CALICO;
  }

  @Override
  public boolean isDone() {
    DaemonSet calicoNode = calicoNode();
    return calicoNode != null && pinnedVersion(calicoNode) && readyEverywhere(calicoNode);
  }

  @Override
  public List<String> perform() throws Exception {
    return new ManifestApplier(client)
        .apply(manifest.read()).stream().map(o -> "applied " + o).toList();
  }

  @Override
  public void awaitEffect(Duration timeout) throws TimeoutException, InterruptedException {
    Waits.until(
        "calico-node is ready on every node",
        timeout,
        Duration.ofMillis(250),
        () -> {
          DaemonSet calicoNode = calicoNode();
          return calicoNode != null && readyEverywhere(calicoNode);
        });
  }

  @Override
  public String whatToDo() {
    return "Look at the calico-node pods' events in kube-system; once the cause is fixed, run the swap"
        + " again (the manifest is applied again, nothing is duplicated).";
  }

  private DaemonSet calicoNode() {
    return client
        .apps()
        .daemonSets()
        .inNamespace(WellKnown.KUBE_SYSTEM)
        .withName(WellKnown.CALICO_NODE)
        .get();
  }

  private boolean pinnedVersion(DaemonSet calicoNode) {
    return calicoNode.getSpec().getTemplate().getSpec().getContainers().stream()
        .anyMatch(c -> c.getImage() != null && c.getImage().endsWith(":" + CalicoRelease.VERSION));
  }

  private boolean readyEverywhere(DaemonSet calicoNode) {
    var status = calicoNode.getStatus();
    int nodes = client.nodes().list().getItems().size();
    return status != null
        && status.getNumberReady() != null
        && status.getNumberReady() == nodes
        && status.getDesiredNumberScheduled() != null
        && status.getDesiredNumberScheduled() == nodes;
  }
}

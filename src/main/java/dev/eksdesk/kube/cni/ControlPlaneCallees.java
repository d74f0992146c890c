package dev.eksdesk.kube.cni;

import dev.eksdesk.kube.Selectors;
import dev.eksdesk.kube.WellKnown;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.MutatingWebhook;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ServiceReference;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhook;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Finds the Deployments the API server connects to: metrics-server, and the backends of every
 * admission webhook that points at an in-cluster Service.
 */
final class ControlPlaneCallees {
  private final KubernetesClient client;

  ControlPlaneCallees(KubernetesClient client) {
    this.client = client;
  }

  List<HostNetworkNeed> find() {
    Map<String, HostNetworkNeed> needs = new LinkedHashMap<>();
    Deployment metricsServer =
        client
            .apps()
            .deployments()
            .inNamespace(WellKnown.KUBE_SYSTEM)
            .withName(WellKnown.METRICS_SERVER)
            .get();
    if (metricsServer != null) {
      add(needs, metricsServer, "metrics-server: the API server proxies the metrics API to it");
    }
    for (ServiceReference service : webhookServices()) {
      for (Deployment backend : backendsOf(service)) {
        add(
            needs,
            backend,
            "backs admission webhook service " + service.getNamespace() + "/" + service.getName());
      }
    }
    return new ArrayList<>(needs.values());
  }

  private List<ServiceReference> webhookServices() {
    var admission = client.admissionRegistration().v1();
    Stream<ServiceReference> validating =
        admission.validatingWebhookConfigurations().list().getItems().stream()
            .flatMap(
                c ->
                    c.getWebhooks() == null
                        ? Stream.<ValidatingWebhook>empty()
                        : c.getWebhooks().stream())
            .map(w -> w.getClientConfig() == null ? null : w.getClientConfig().getService());
    Stream<ServiceReference> mutating =
        admission.mutatingWebhookConfigurations().list().getItems().stream()
            .flatMap(
                c ->
                    c.getWebhooks() == null
                        ? Stream.<MutatingWebhook>empty()
                        : c.getWebhooks().stream())
            .map(w -> w.getClientConfig() == null ? null : w.getClientConfig().getService());
    return Stream.concat(validating, mutating).filter(Objects::nonNull).distinct().toList();
  }

  private List<Deployment> backendsOf(ServiceReference reference) {
    Service service =
        client.services().inNamespace(reference.getNamespace()).withName(reference.getName()).get();
    if (service == null || service.getSpec().getSelector() == null) {
      return List.of();
    }
    return client
        .apps()
        .deployments()
        .inNamespace(reference.getNamespace())
        .list()
        .getItems()
        .stream()
        .filter(
            d ->
                Selectors.matches(
                    service.getSpec().getSelector(),
                    d.getSpec().getTemplate().getMetadata().getLabels()))
        .toList();
  }

  private static void add(
      Map<String, HostNetworkNeed> needs, Deployment deployment, String reason) {
    String key = deployment.getMetadata().getNamespace() + "/" + deployment.getMetadata().getName();
    needs.putIfAbsent(
        key,
        new HostNetworkNeed(
            deployment.getMetadata().getNamespace(),
            deployment.getMetadata().getName(),
            reason,
            Boolean.TRUE.equals(deployment.getSpec().getTemplate().getSpec().getHostNetwork())));
  }
}

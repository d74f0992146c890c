package dev.eksdesk.kube.sandbox;

import io.fabric8.kubernetes.api.model.LoadBalancerStatus;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceStatus;
import io.fabric8.kubernetes.api.model.ServiceStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;

/**
 * The load balancer controller's part: each LoadBalancer Service without an address gets a load
 * balancer from {@link ServiceLoadBalancers}, and its DNS name in the Service's status.
 */
final class LoadBalancerServices {
  private static final String LOAD_BALANCER = "LoadBalancer";

  private final KubernetesClient client;
  private final ServiceLoadBalancers balancers;

  LoadBalancerServices(KubernetesClient client, ServiceLoadBalancers balancers) {
    this.client = client;
    this.balancers = balancers;
  }

  /** Returns whether a Service got its address in this pass. */
  boolean reconcile() {
    boolean changed = false;
    for (Service service : client.services().inAnyNamespace().list().getItems()) {
      if (!LOAD_BALANCER.equals(service.getSpec().getType()) || hasAddress(service)) {
        continue;
      }
      String namespace = service.getMetadata().getNamespace();
      Optional<String> hostname = balancers.provision(namespace, service.getMetadata().getName());
      if (hostname.isPresent()) {
        service.setStatus(
            new ServiceStatusBuilder()
                .withNewLoadBalancer()
                .addNewIngress()
                .withHostname(hostname.get())
                .endIngress()
                .endLoadBalancer()
                .build());
        client.services().inNamespace(namespace).resource(service).updateStatus();
        changed = true;
      }
    }
    return changed;
  }

  private static boolean hasAddress(Service service) {
    return Optional.ofNullable(service.getStatus())
        .map(ServiceStatus::getLoadBalancer)
        .map(LoadBalancerStatus::getIngress)
        .filter(ingress -> !ingress.isEmpty())
        .isPresent();
  }
}

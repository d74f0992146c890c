package dev.eksdesk.kube.sandbox;

import java.util.Optional;

/**
 * Where the sandbox's LoadBalancer Services get their load balancers, as the AWS Load Balancer
 * Controller makes them in the cluster's account. The composition root plugs the sandbox account in
 * (kube may not know it).
 */
@FunctionalInterface
public interface ServiceLoadBalancers {
  /** A Kubernetes with no load balancer controller: Services stay pending, as on a bare cluster. */
  ServiceLoadBalancers NONE = (namespace, service) -> Optional.empty();

  /**
   * Makes the Service's load balancer, or finds the one made before.
   *
   * @return its DNS name, for the Service's status; empty when there is nowhere to make one
   */
  Optional<String> provision(String namespace, String service);
}

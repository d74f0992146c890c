package dev.eksdesk.kube.cni;

/**
 * A Deployment the EKS control plane calls into. The control plane runs in AWS's VPC and routes
 * only to VPC addresses, so under an overlay these pods must use the node's network.
 *
 * @param reason for example "metrics-server: the API server proxies metrics requests to it"
 */
public record HostNetworkNeed(
    String namespace, String deployment, String reason, boolean alreadyOnHostNetwork) {}

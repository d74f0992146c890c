package dev.eksdesk.cloud.sandbox;

import java.util.OptionalInt;

/**
 * An EC2 instance that a node group of the sandbox account runs.
 *
 * @param maxPods the --max-pods its launch template passes to the bootstrap, empty when the group
 *     has no launch template (EKS's default then applies)
 */
public record NodeGroupInstance(
    String instanceId,
    String nodeGroup,
    String instanceType,
    String zone,
    String subnetId,
    String subnetCidr,
    OptionalInt maxPods) {}

package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.ResourceRequest;

/**
 * Node groups and launch templates are replaced create-before-destroy, and their names must be
 * unique while old and new both exist: generation {@code g > 0} of the step is named {@code
 * name-g}. Other requests keep their names.
 */
public final class ReplacementNames {
  private ReplacementNames() {}

  public static ResourceRequest named(ResourceRequest request, int generation) {
    if (generation == 0) {
      return request;
    }
    if (request instanceof ResourceRequest.NodeGroup g) {
      return new ResourceRequest.NodeGroup(
          g.clusterName(),
          suffixed(g.name(), generation),
          g.nodeRoleArn(),
          g.subnetIds(),
          g.launchTemplateId(),
          g.instanceType(),
          g.capacityType(),
          g.amiType(),
          g.kubernetesVersion(),
          g.minSize(),
          g.maxSize(),
          g.desiredSize(),
          g.labels(),
          g.taints());
    }
    if (request instanceof ResourceRequest.LaunchTemplate t) {
      return new ResourceRequest.LaunchTemplate(
          suffixed(t.name(), generation),
          t.keyPairName(),
          t.imdsV2Required(),
          t.metadataHopLimit(),
          t.maxPods(),
          t.rootVolumeGiB());
    }
    return request;
  }

  private static String suffixed(String name, int generation) {
    return name + "-" + generation;
  }
}

package dev.eksdesk.cloud.aws;

import java.util.List;

/**
 * One node's EC2 instance and its ENIs, as EC2 sees them: the addresses the VPC CNI took for pods.
 *
 * @param privateDnsName the instance's private DNS name, which EKS uses as the node's name
 */
public record NodeInterfaces(
    String instanceId, String privateDnsName, String instanceType, List<Interface> interfaces) {

  public NodeInterfaces {
    interfaces = List.copyOf(interfaces);
  }

  /**
   * @param secondaryAddresses private IPv4 addresses other than the primary one
   * @param prefixes /28 prefixes assigned under prefix delegation
   */
  public record Interface(
      String eniId,
      int deviceIndex,
      String primaryAddress,
      List<String> secondaryAddresses,
      List<String> prefixes) {

    public Interface {
      secondaryAddresses = List.copyOf(secondaryAddresses);
      prefixes = List.copyOf(prefixes);
    }
  }
}

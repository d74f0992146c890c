package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;

/**
 * ENIs Eksdesk never creates but must sweep: those the VPC CNI leaves behind when a node goes away.
 * Deleting one that is still attached fails with InvalidNetworkInterface.InUse.
 */
final class NetworkInterfaceHandler implements Ec2Described {
  private final Ec2Client ec2;

  NetworkInterfaceHandler(Ec2Client ec2) {
    this.ec2 = ec2;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.NETWORK_INTERFACE;
  }

  @Override
  public String idPrefix() {
    return "eni-";
  }

  @Override
  public List<CloudResource> describeAll(List<String> ids) {
    return ec2
        .describeNetworkInterfacesPaginator(r -> r.networkInterfaceIds(ids))
        .networkInterfaces()
        .stream()
        .map(NetworkInterfaceHandler::toResource)
        .toList();
  }

  @Override
  public void delete(String id) {
    ec2.deleteNetworkInterface(r -> r.networkInterfaceId(id));
  }

  static CloudResource toResource(NetworkInterface eni) {
    return Resources.ready(
        ResourceKind.NETWORK_INTERFACE,
        eni.networkInterfaceId(),
        Ec2Tags.map(eni.tagSet()),
        Resources.attributes()
            .put("subnetId", eni.subnetId())
            .put("vpcId", eni.vpcId())
            .put("zone", eni.availabilityZone())
            .put("privateIp", eni.privateIpAddress())
            .put("privateIpCount", eni.privateIpAddresses().size())
            .put("status", eni.statusAsString())
            .put("attachedTo", eni.attachment() == null ? null : eni.attachment().instanceId())
            .put("interfaceType", eni.interfaceTypeAsString())
            .build());
  }
}

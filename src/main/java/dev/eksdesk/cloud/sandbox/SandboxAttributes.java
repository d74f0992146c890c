package dev.eksdesk.cloud.sandbox;

import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.domain.net.Ipv4Cidr;

/** The non-secret facts AWS would report about a new resource. */
final class SandboxAttributes {
  private SandboxAttributes() {}

  static void fill(SimResource r, ResourceRequest request, String account) {
    var a = r.attributes;
    if (request instanceof ResourceRequest.Vpc) {
      a.put("cidr", ((ResourceRequest.Vpc) request).cidr());
    } else if (request instanceof ResourceRequest.InternetGateway) {
      a.put("vpcId", ((ResourceRequest.InternetGateway) request).vpcId());
    } else if (request instanceof ResourceRequest.Subnet) {
      ResourceRequest.Subnet s = (ResourceRequest.Subnet) request;
      a.put("vpcId", s.vpcId());
      a.put("zone", s.zone());
      a.put("cidr", s.cidr());
      a.put("availableIpAddressCount", Long.toString(Ipv4Cidr.parse(s.cidr()).usableInAwsSubnet()));
    } else if (request instanceof ResourceRequest.GatewayEndpoint) {
      a.put("policyDocument", ((ResourceRequest.GatewayEndpoint) request).policyDocument());
    } else if (request instanceof ResourceRequest.Route) {
      a.put("targetId", ((ResourceRequest.Route) request).targetId());
    } else if (request instanceof ResourceRequest.SecurityGroupIngress) {
      ResourceRequest.SecurityGroupIngress i = (ResourceRequest.SecurityGroupIngress) request;
      a.put("groupId", i.groupId());
      a.put("sourceCidr", i.sourceCidr());
      a.put("sourceGroupId", i.sourceGroupId());
    } else if (request instanceof ResourceRequest.RouteTable) {
      a.put("vpcId", ((ResourceRequest.RouteTable) request).vpcId());
    } else if (request instanceof ResourceRequest.RouteTableAssociation) {
      ResourceRequest.RouteTableAssociation association =
          (ResourceRequest.RouteTableAssociation) request;
      a.put("routeTableId", association.routeTableId());
      a.put("subnetId", association.subnetId());
    } else if (request instanceof ResourceRequest.ElasticIp) {
      a.put("publicIp", "198.51.100." + (r.id.hashCode() & 0x7f));
    } else if (request instanceof ResourceRequest.NatGateway) {
      a.put("subnetId", ((ResourceRequest.NatGateway) request).subnetId());
    } else if (request instanceof ResourceRequest.SecurityGroup) {
      ResourceRequest.SecurityGroup g = (ResourceRequest.SecurityGroup) request;
      a.put("vpcId", g.vpcId());
      a.put("name", g.name());
    } else if (request instanceof ResourceRequest.IamRole) {
      a.put("name", ((ResourceRequest.IamRole) request).name());
      a.put("arn", "arn:aws:iam::" + account + ":role/" + r.id);
    } else if (request instanceof ResourceRequest.KeyPair) {
      ResourceRequest.KeyPair k = (ResourceRequest.KeyPair) request;
      a.put("name", k.name());
      k.publicKey().ifPresent(key -> a.put("fingerprint", key.awsFingerprint()));
    } else if (request instanceof ResourceRequest.Instance) {
      ResourceRequest.Instance i = (ResourceRequest.Instance) request;
      a.put("instanceType", i.instanceType());
      a.put("subnetId", i.subnetId());
      a.put("name", i.name());
      a.put("publicIp", Boolean.toString(i.publicIp()));
      a.put("instanceProfileName", i.instanceProfileName());
    } else if (request instanceof ResourceRequest.EksCluster) {
      ResourceRequest.EksCluster c = (ResourceRequest.EksCluster) request;
      a.put("arn", "arn:aws:eks:sandbox:" + account + ":cluster/" + c.name());
      a.put("endpoint", "https://" + c.name().toLowerCase() + ".sandbox.eks.local");
      a.put("version", c.kubernetesVersion());
      a.put("endpointPublicAccess", Boolean.toString(c.endpointPublicAccess()));
      a.put("endpointPrivateAccess", Boolean.toString(c.endpointPrivateAccess()));
      a.put("publicAccessCidrs", String.join(",", c.publicAccessCidrs()));
      a.put("logging", String.join(",", c.logTypes()));
    } else if (request instanceof ResourceRequest.NodeGroup) {
      ResourceRequest.NodeGroup g = (ResourceRequest.NodeGroup) request;
      a.put("clusterName", g.clusterName());
      a.put("name", g.name());
      a.put("instanceType", g.instanceType());
      a.put("desiredSize", Integer.toString(g.desiredSize()));
      a.put("minSize", Integer.toString(g.minSize()));
      a.put("maxSize", Integer.toString(g.maxSize()));
      a.put("version", g.kubernetesVersion());
      a.put("subnetIds", String.join(",", g.subnetIds()));
      a.put("labels", String.join(",", g.labels()));
      a.put("taints", String.join(",", g.taints()));
    } else if (request instanceof ResourceRequest.Addon) {
      ResourceRequest.Addon addon = (ResourceRequest.Addon) request;
      a.put("configurationValues", addon.configurationValues());
      SandboxAddonVersions.defaultFor(addon.name(), addon.kubernetesVersion())
          .ifPresent(version -> a.put("version", version));
    } else if (request instanceof ResourceRequest.LaunchTemplate) {
      ResourceRequest.LaunchTemplate t = (ResourceRequest.LaunchTemplate) request;
      a.put("name", t.name());
      a.put("maxPods", Integer.toString(t.maxPods()));
      a.put("httpTokens", t.imdsV2Required() ? "required" : "optional");
      a.put("httpPutResponseHopLimit", Integer.toString(t.metadataHopLimit()));
    }
  }
}

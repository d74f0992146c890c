package dev.eksdesk.cloud.aws;

import java.util.List;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * A cluster Eksdesk did not make, built in moto with plain SDK calls as another tool would: a VPC
 * with a public subnet (internet gateway, NAT gateway) and a private one, the cluster, node group
 * "workers". moto starts no instances for node groups, so two are started, tagged the way EKS tags
 * its nodes.
 */
public record MotoForeignCluster(
    String vpcId,
    String igwId,
    String natId,
    String publicSubnet,
    String privateSubnet,
    List<String> nodes) {

  public static MotoForeignCluster build(AwsClients clients, String name) {
    Ec2Client ec2 = clients.ec2();
    String vpc = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16")).vpc().vpcId();
    String publicSubnet =
        ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.20.0.0/24").availabilityZone("eu-west-1a"))
            .subnet()
            .subnetId();
    String privateSubnet =
        ec2.createSubnet(
                r -> r.vpcId(vpc).cidrBlock("10.20.16.0/20").availabilityZone("eu-west-1a"))
            .subnet()
            .subnetId();
    String igw = ec2.createInternetGateway(r -> {}).internetGateway().internetGatewayId();
    ec2.attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
    String publicTable = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    ec2.createRoute(
        r -> r.routeTableId(publicTable).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
    ec2.associateRouteTable(r -> r.routeTableId(publicTable).subnetId(publicSubnet));
    String eip = ec2.allocateAddress(r -> r.domain(DomainType.VPC)).allocationId();
    String nat =
        ec2.createNatGateway(r -> r.subnetId(publicSubnet).allocationId(eip))
            .natGateway()
            .natGatewayId();
    String privateTable = ec2.createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
    ec2.createRoute(
        r -> r.routeTableId(privateTable).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat));
    ec2.associateRouteTable(r -> r.routeTableId(privateTable).subnetId(privateSubnet));

    String role =
        clients
            .iam()
            .createRole(
                r ->
                    r.roleName(name + "-role")
                        .assumeRolePolicyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Principal\":{\"Service\":\"eks.amazonaws.com\"},"
                                + "\"Action\":\"sts:AssumeRole\"}]}"))
            .role()
            .arn();
    clients
        .eks()
        .createCluster(
            r ->
                r.name(name)
                    .roleArn(role)
                    .resourcesVpcConfig(v -> v.subnetIds(publicSubnet, privateSubnet)));
    clients
        .eks()
        .createNodegroup(
            r ->
                r.clusterName(name)
                    .nodegroupName("workers")
                    .nodeRole(role)
                    .subnets(privateSubnet)
                    .scalingConfig(s -> s.minSize(2).maxSize(2).desiredSize(2)));
    TagSpecification nodeTags =
        TagSpecification.builder()
            .resourceType(ResourceType.INSTANCE)
            .tags(
                Tag.builder().key("eks:cluster-name").value(name).build(),
                Tag.builder().key("eks:nodegroup-name").value("workers").build())
            .build();
    List<String> nodes =
        ec2
            .runInstances(
                r ->
                    r.imageId("ami-12c6146b")
                        .instanceType("t3.micro")
                        .minCount(2)
                        .maxCount(2)
                        .subnetId(privateSubnet)
                        .tagSpecifications(nodeTags))
            .instances()
            .stream()
            .map(i -> i.instanceId())
            .toList();
    return new MotoForeignCluster(vpc, igw, nat, publicSubnet, privateSubnet, nodes);
  }
}

package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.FailureKind;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DomainType;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * A cluster built with plain SDK calls, as another tool would have built it, then inspected. moto
 * starts no instances for node groups, so the test starts two, tagged the way EKS tags its nodes.
 */
class AwsClusterInspectorMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private AwsClients clients;
  private AwsClusterInspector inspector;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    inspector = new AwsClusterInspector(clients, new AccountChoice.Environment());
  }

  @AfterEach
  void tearDown() {
    clients.close();
  }

  @Test
  void discoversTheNetworkNodeGroupsInstancesAndTheirInterfaces() {
    Built built = buildCluster("shop");
    buildCluster("other");

    assertThat(inspector.clusters())
        .extracting(CloudResource::id)
        .containsExactlyInAnyOrder("shop", "other");

    DiscoveredCluster shop = inspector.discover("shop");

    assertThat(shop.vpc().id()).isEqualTo(built.vpcId);
    assertThat(shop.vpc().attribute("cidr")).isEqualTo("10.20.0.0/16");
    assertThat(shop.subnets())
        .extracting(s -> s.attribute("cidr"))
        .containsExactlyInAnyOrder("10.20.0.0/24", "10.20.16.0/20");
    assertThat(shop.internetGateways()).extracting(CloudResource::id).containsExactly(built.igwId);
    assertThat(shop.natGateways())
        .singleElement()
        .satisfies(nat -> assertThat(nat.attribute("subnetId")).isEqualTo(built.publicSubnet));
    assertThat(shop.routes())
        .filteredOn(r -> r.id().endsWith("|0.0.0.0/0"))
        .extracting(r -> r.attribute("targetId"))
        .containsExactlyInAnyOrder(built.igwId, built.natId);
    assertThat(shop.routeTableAssociations())
        .extracting(a -> a.attribute("subnetId"))
        .contains(built.publicSubnet, built.privateSubnet);
    assertThat(shop.nodeGroups())
        .singleElement()
        .satisfies(g -> assertThat(g.id()).isEqualTo("shop/workers"));
    assertThat(shop.instances())
        .extracting(CloudResource::id)
        .containsExactlyInAnyOrderElementsOf(built.nodes);
    for (String node : built.nodes) {
      assertThat(shop.interfacesOf(node))
          .singleElement()
          .satisfies(eni -> assertThat(eni.attribute("subnetId")).isEqualTo(built.privateSubnet));
    }
    assertThat(shop.instances())
        .allSatisfy(i -> assertThat(i.tag("eks:nodegroup-name")).isEqualTo("workers"));
  }

  @Test
  void anUnknownClusterIsNotFound() {
    CloudException e = catchThrowableOfType(CloudException.class, () -> inspector.discover("nope"));

    assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND);
    assertThat(e.getMessage()).contains("Inspect EKS cluster nope");
  }

  private record Built(
      String vpcId,
      String igwId,
      String natId,
      String publicSubnet,
      String privateSubnet,
      List<String> nodes) {}

  private Built buildCluster(String name) {
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
    return new Built(vpc, igw, nat, publicSubnet, privateSubnet, nodes);
  }
}

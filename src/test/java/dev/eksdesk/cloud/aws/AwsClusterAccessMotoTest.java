package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * What the app reads of a running cluster, against moto: the API server's address, the nodes' ENIs,
 * and a node replaced through its Auto Scaling group. moto launches no instances for EKS node
 * groups, so the test runs an Auto Scaling group that tags its instances as EKS does.
 */
class AwsClusterAccessMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private MotoEksCluster cluster;
  private AwsClusterAccess access;

  @BeforeEach
  void setUp() throws Exception {
    cluster = MotoEksCluster.create(MOTO);
    access =
        new AwsClusterAccess(
            cluster.clients,
            new AccountChoice.Environment(),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void tearDown() {
    cluster.close();
  }

  @Test
  void connectsToAnActiveClusterWithItsEndpointAndCertificate() {
    EksConnection connection = access.connect(MotoEksCluster.NAME);

    assertThat(connection.endpoint()).startsWith("https://");
    assertThat(connection.clusterArn()).endsWith(":cluster/" + MotoEksCluster.NAME);
    assertThat(connection.region()).isEqualTo("eu-west-1");
    assertThat(connection.certificateAuthorityPem())
        .isEqualTo(
            new String(
                Base64.getMimeDecoder().decode(connection.certificateAuthorityData()),
                StandardCharsets.UTF_8));
    assertThat(access.tokensFor(MotoEksCluster.NAME).get()).startsWith(EksTokenGenerator.PREFIX);
  }

  @Test
  void countsTheAddressesEc2CallsFreeInTheClustersSubnets() {
    EksConnection connection = access.connect(MotoEksCluster.NAME);
    assertThat(connection.subnetIds()).containsExactly(cluster.subnetId);
    long before = access.availableAddresses(connection.subnetIds()).get("10.0.0.0/20");

    cluster.runNodeGroup(2);

    assertThat(access.availableAddresses(connection.subnetIds()))
        .containsEntry("10.0.0.0/20", before - 2);
  }

  @Test
  void aMissingClusterSaysSo() {
    CloudException e =
        catchThrowableOfType(CloudException.class, () -> access.connect("no-such-cluster"));

    assertThat(e.kind()).isEqualTo(FailureKind.NOT_FOUND);
    assertThat(e.getMessage()).contains("no-such-cluster");
  }

  @Test
  void readsEachNodesInterfacesWithTheAddressesTheCniTook() {
    cluster.runNodeGroup(2);
    List<NodeInterfaces> nodes = access.nodeInterfaces(MotoEksCluster.NAME);
    assertThat(nodes).hasSize(2);
    NodeInterfaces.Interface primary = nodes.get(0).interfaces().get(0);
    assertThat(primary.deviceIndex()).isZero();
    assertThat(primary.secondaryAddresses()).isEmpty();

    cluster
        .clients
        .ec2()
        .assignPrivateIpAddresses(
            r -> r.networkInterfaceId(primary.eniId()).secondaryPrivateIpAddressCount(3));

    NodeInterfaces again =
        access.nodeInterfaces(MotoEksCluster.NAME).stream()
            .filter(n -> n.instanceId().equals(nodes.get(0).instanceId()))
            .findFirst()
            .orElseThrow();
    assertThat(again.instanceType()).isEqualTo("t3.medium");
    assertThat(again.privateDnsName()).isNotBlank();
    assertThat(again.interfaces().get(0).secondaryAddresses())
        .hasSize(3)
        .doesNotContain(primary.primaryAddress());
  }

  @Test
  void anInstanceOfAnotherClusterIsNotANode() {
    cluster.runNodeGroup(1);
    cluster.runStranger();
    cluster.runBastion();

    assertThat(access.nodeInterfaces(MotoEksCluster.NAME)).hasSize(1);
  }

  @Test
  void terminatingANodeKeepsTheGroupsSizeSoAReplacementLaunches() {
    cluster.runNodeGroup(2);
    String old = access.nodeInterfaces(MotoEksCluster.NAME).get(0).instanceId();

    access.terminateAndReplace(old);

    assertThat(
            cluster
                .clients
                .ec2()
                .describeInstances(r -> r.instanceIds(old))
                .reservations()
                .get(0)
                .instances()
                .get(0)
                .state()
                .name())
        .isIn(InstanceStateName.SHUTTING_DOWN, InstanceStateName.TERMINATED);
    assertThat(access.nodeInterfaces(MotoEksCluster.NAME))
        .hasSize(2)
        .extracting(NodeInterfaces::instanceId)
        .doesNotContain(old);
  }
}

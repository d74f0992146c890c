package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.aws.NodeInterfaces;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.kube.ClusterSnapshot;
import dev.eksdesk.kube.NodeIpView;
import dev.eksdesk.kube.NodeRow;
import dev.eksdesk.kube.PodRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AwsNodeIpViewsTest {
  private static final InstanceCatalog CATALOG = InstanceCatalog.bundled();
  private static final String NODE = "ip-10-0-1-10.eu-central-1.compute.internal";

  @Test
  void secondaryAddressesThatPodsUseAreAssignedTheRestAreWarm() {
    NodeInterfaces ec2 =
        new NodeInterfaces(
            "i-0abc",
            NODE,
            "t3.medium",
            List.of(
                new NodeInterfaces.Interface(
                    "eni-1",
                    0,
                    "10.0.1.10",
                    List.of("10.0.1.11", "10.0.1.12", "10.0.1.13"),
                    List.of()),
                new NodeInterfaces.Interface(
                    "eni-2", 1, "10.0.1.20", List.of("10.0.1.21"), List.of())));
    ClusterSnapshot cluster =
        snapshot(
            node(Optional.of(CniMode.VPC_CNI), 3),
            pod("web-1", "10.0.1.11", false),
            pod("web-2", "10.0.1.21", false),
            pod("aws-node-x", "10.0.1.10", true));

    NodeIpView view =
        AwsNodeIpViews.of(
                List.of(ec2),
                cluster,
                CATALOG,
                CniMode.VPC_CNI,
                Map.of(NODE, List.of("default/stuck")))
            .get(0);

    assertThat(view.enis().get(0).assignedAddresses()).containsExactly("10.0.1.11");
    assertThat(view.enis().get(0).warmAddresses()).containsExactly("10.0.1.12", "10.0.1.13");
    assertThat(view.enis().get(1).assignedAddresses()).containsExactly("10.0.1.21");
    assertThat(view.vpcAddressesInUse()).isEqualTo(2);
    assertThat(view.warmAddresses()).isEqualTo(2);
    assertThat(view.addressCapacity()).isEqualTo(3 * (6 - 1)); // t3.medium: 3 ENIs × 6 IPv4
    assertThat(view.activePlugin()).contains("aws-vpc-cni");
    assertThat(view.podsWaitingForAddress()).containsExactly("default/stuck");
  }

  @Test
  void aPrefixHoldsSixteenAddressesOfWhichPodsUseSome() {
    NodeInterfaces ec2 =
        new NodeInterfaces(
            "i-0abc",
            NODE,
            "t3.medium",
            List.of(
                new NodeInterfaces.Interface(
                    "eni-1", 0, "10.0.1.10", List.of(), List.of("10.0.2.16/28"))));
    ClusterSnapshot cluster =
        snapshot(
            node(Optional.of(CniMode.VPC_CNI_PREFIX_DELEGATION), 1),
            pod("web", "10.0.2.17", false));

    NodeIpView view =
        AwsNodeIpViews.of(List.of(ec2), cluster, CATALOG, CniMode.VPC_CNI, Map.of()).get(0);

    assertThat(view.vpcAddressesInUse()).isEqualTo(1);
    assertThat(view.warmAddresses()).isEqualTo(15);
    assertThat(view.addressCapacity()).isEqualTo(3 * 5 * 16);
  }

  @Test
  void underAnOverlayPodsTakeNoSubnetAddresses() {
    NodeInterfaces ec2 =
        new NodeInterfaces(
            "i-0abc",
            NODE,
            "t3.medium",
            List.of(new NodeInterfaces.Interface("eni-1", 0, "10.0.1.10", List.of(), List.of())));
    ClusterSnapshot cluster =
        snapshot(
            node(Optional.of(CniMode.CALICO_OVERLAY), 2),
            pod("web-1", "192.168.3.4", false),
            pod("calico-node-x", "10.0.1.10", true));

    NodeIpView view =
        AwsNodeIpViews.of(List.of(ec2), cluster, CATALOG, CniMode.VPC_CNI, Map.of()).get(0);

    assertThat(view.enis()).isEmpty();
    assertThat(view.overlayAddressesInUse()).isEqualTo(1);
    assertThat(view.addressCapacity()).isEqualTo(110);
    assertThat(view.activePlugin()).contains("calico");
  }

  @Test
  void aNodeWhoseInstanceIsGoneIsLeftOut() {
    ClusterSnapshot cluster = snapshot(node(Optional.empty(), 0));

    assertThat(AwsNodeIpViews.of(List.of(), cluster, CATALOG, CniMode.VPC_CNI, Map.of())).isEmpty();
  }

  private static NodeRow node(Optional<CniMode> cni, int running) {
    int maxPods = cni.filter(m -> m == CniMode.CALICO_OVERLAY).isPresent() ? 110 : 17;
    return new NodeRow(
        NODE,
        "i-0abc",
        "t3.medium",
        "eu-central-1a",
        "10.0.1.10",
        running,
        maxPods,
        cni,
        true,
        false,
        Instant.EPOCH);
  }

  private static PodRow pod(String name, String ip, boolean hostNetwork) {
    return new PodRow("default", name, "1/1", "Running", 0, Instant.EPOCH, ip, NODE, hostNetwork);
  }

  private static ClusterSnapshot snapshot(NodeRow node, PodRow... pods) {
    return new ClusterSnapshot(List.of(node), List.of(pods), Instant.EPOCH);
  }
}

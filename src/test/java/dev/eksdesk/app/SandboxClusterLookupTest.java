package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.cloud.sandbox.SandboxFaults;
import dev.eksdesk.cloud.sandbox.SandboxTimings;
import dev.eksdesk.topology.Details;
import dev.eksdesk.topology.Element;
import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.topology.ElementState;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.ui.topology.ClusterLookupException;
import dev.eksdesk.ui.topology.FoundCluster;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sandbox's clusters, found and drawn from its inventory after the engine built one. */
class SandboxClusterLookupTest {
  private static AppliedSandbox applied;
  private static SandboxClusterLookup lookup;

  @BeforeAll
  static void buildTheDefaultCluster(@TempDir Path home) throws Exception {
    applied = AppliedSandbox.defaultSpec(home);
    lookup = new SandboxClusterLookup(() -> Optional.of(applied.account()), "eu-central-1");
  }

  @Test
  void listsTheClusterTheEngineBuilt() throws Exception {
    assertThat(lookup.where()).isEqualTo("the Sandbox, eu-central-1");
    assertThat(lookup.clusters())
        .containsExactly(
            new FoundCluster(
                applied.spec().name(),
                applied.spec().controlPlane().kubernetesVersion(),
                ElementState.READY));
  }

  @Test
  void drawsItsNetworkNodeGroupAndNodesFromTheAccount() throws Exception {
    Topology drawn = lookup.draw(applied.spec().name());

    assertThat(drawn.cluster()).isEqualTo(applied.spec().name());
    assertThat(drawn.ofKind(ElementKind.VPC))
        .singleElement()
        .satisfies(vpc -> assertThat(vpc.summary()).isEqualTo(applied.spec().network().vpcCidr()));
    assertThat(drawn.ofKind(ElementKind.PUBLIC_SUBNET)).hasSize(2);
    assertThat(drawn.ofKind(ElementKind.PRIVATE_SUBNET))
        .hasSize(2)
        .allSatisfy(s -> assertThat(s.details().get(Details.ID)).startsWith("subnet-"));
    assertThat(drawn.ofKind(ElementKind.NODE_GROUP))
        .extracting(Element::state)
        .containsOnly(ElementState.READY);
    assertThat(drawn.ofKind(ElementKind.CONTROL_PLANE)).hasSize(1);
    assertThat(drawn.ofKind(ElementKind.NODE))
        .hasSize(applied.spec().nodeGroup().desiredSize())
        .allSatisfy(
            n -> assertThat(drawn.node(n.id()).orElseThrow().internalIp()).startsWith("10.0."));
  }

  @Test
  void aClusterThatIsNotThereSaysToRefresh() {
    ClusterLookupException e =
        catchThrowableOfType(ClusterLookupException.class, () -> lookup.draw("gone"));

    assertThat(e.getMessage())
        .isEqualTo("There is no cluster gone in the Sandbox, eu-central-1 any more.");
    assertThat(e.nextAction()).isEqualTo(ClusterLookupException.REFRESH);
  }

  @Test
  void aFreshSandboxHasNoClusters() throws Exception {
    SandboxAccount empty =
        SandboxAccount.inMemory(
            InstantSource.fixed(Instant.EPOCH),
            AppliedSandbox.CATALOG,
            SandboxTimings.instant(),
            SandboxFaults.none());

    assertThat(new SandboxClusterLookup(() -> Optional.of(empty), "eu-central-1").clusters())
        .isEmpty();
  }

  @Test
  void whileTheAppWorksOnAwsTheSandboxIsClosedAndSaysSo() {
    ClusterLookupException e =
        catchThrowableOfType(
            ClusterLookupException.class,
            () -> new SandboxClusterLookup(Optional::empty, "eu-central-1").clusters());

    assertThat(e.getMessage()).contains("The Sandbox is closed");
    assertThat(e.nextAction()).contains("Credentials page");
  }
}

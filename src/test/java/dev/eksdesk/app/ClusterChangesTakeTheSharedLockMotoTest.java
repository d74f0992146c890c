package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cli.CliRun;
import dev.eksdesk.cli.kube.ClusterOpener;
import dev.eksdesk.cli.kube.KubeCommandContext;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.MotoEksCluster;
import dev.eksdesk.cloud.aws.MotoProfileHome;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.cloud.aws.S3StateObjects;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.SharedState;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * A node recycle and a CNI swap take the cluster's lock as an apply does: while a teammate holds
 * the shared lock in S3 both are refused before any Kubernetes call, naming the holder; once it is
 * free, a recycle that fails (moto has no API server) leaves no lock behind.
 */
class ClusterChangesTakeTheSharedLockMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  private static final String CLUSTER = MotoEksCluster.NAME;
  private static final String ALICE = "arn:aws:iam::123456789012:user/alice";

  @TempDir Path bobsHome;
  @TempDir Path alicesHome;

  @Test
  void aRecycleAndASwapAreRefusedWhileATeammateHoldsTheClusterAndLeaveNoLockWhenTheyFail()
      throws Exception {
    MotoEksCluster.create(MOTO).close();
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      clients
          .s3()
          .createBucket(
              b ->
                  b.bucket("team-state")
                      .createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
      SpecYaml.save(
          DefaultSpecs.firstCluster()
              .withName(CLUSTER)
              .withRegion("eu-west-1")
              .withState("s3://team-state/platform"),
          regionFolder(bobsHome).resolve("clusters").resolve(CLUSTER).resolve("spec.yaml"));
      SharedState asAlice =
          new SharedState(
              new S3StateObjects(clients.s3()),
              StateLocation.parse("s3://team-state/platform"),
              ALICE,
              "alice-laptop",
              Clock.systemUTC());

      try (ClusterJournal held =
          JournalStore.perRegion(
                  alicesHome.resolve("aws").resolve(MotoServer.ACCOUNT_ID),
                  "eu-west-1",
                  Clock.systemUTC())
              .sharedThrough(asAlice, "apply")
              .open(CLUSTER)) {
        CliRun recycle = cli("nodes", "recycle", CLUSTER);
        assertThat(recycle.code()).isEqualTo(3);
        assertThat(recycle.err())
            .contains("locked by " + ALICE + " on alice-laptop since ")
            .contains("(apply)")
            .doesNotContain("Cannot reach");

        CliRun swap = cli("cni", "swap", CLUSTER, "--to", "calico");
        assertThat(swap.code()).isEqualTo(3);
        assertThat(swap.err()).contains("locked by " + ALICE + " on alice-laptop since ");
      }

      CliRun unreachable = cli("nodes", "recycle", CLUSTER);
      assertThat(unreachable.code()).isEqualTo(1);
      assertThat(unreachable.err()).doesNotContain("locked by");
      assertThat(asAlice.holder(CLUSTER)).isEmpty();
    }
  }

  private static Path regionFolder(Path home) {
    return home.resolve("aws").resolve(MotoServer.ACCOUNT_ID).resolve("eu-west-1");
  }

  private CliRun cli(String... args) {
    KubeCommandContext clusters =
        new KubeCommandContext(
            ClusterOpener.NONE, new AwsClusterOpening(bobsHome, InstanceCatalog.bundled()));
    return CliRun.in(bobsHome, clusters, MotoProfileHome.onMoto(MOTO, args));
  }
}

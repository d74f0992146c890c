package dev.eksdesk.domain.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster name is as long as the tightest AWS name derived from it allows, and no longer. */
class NameChecksTest {
  @TempDir Path home;

  @Test
  void theDerivedBucketNameBoundsTheClusterNameWhenEksdeskNamesTheBucket() {
    assertThat(nameErrors(DefaultSpecs.forName("a".repeat(37)))).isEmpty();

    List<SpecProblem> tooLong = nameErrors(DefaultSpecs.forName("a".repeat(38)));

    assertThat(tooLong).hasSize(1);
    assertThat(tooLong.get(0).message())
        .contains("S3 bucket name eksdesk-" + "a".repeat(38) + "-data-123456789012")
        .contains("64 characters and AWS allows 63")
        .contains("at most 37 characters");
  }

  @Test
  void withoutADerivedBucketTheIamRolesBoundIt() {
    NetworkSpec network = DefaultSpecs.firstCluster().network();
    ClusterSpec noBucket =
        DefaultSpecs.forName("x".repeat(53))
            .withNetwork(
                new NetworkSpec(
                    network.vpcCidr(),
                    network.zones(),
                    network.subnets(),
                    network.natMode(),
                    network.bastion(),
                    network.worker(),
                    new StorageSpec(true, "my-own-bucket", true),
                    false));

    List<SpecProblem> errors = nameErrors(noBucket);

    assertThat(errors)
        .singleElement()
        .extracting(SpecProblem::message)
        .asString()
        .contains("IAM role name " + "x".repeat(53) + "-eks-cluster")
        .contains("at most 52 characters");
    assertThat(nameErrors(noBucket.withName("x".repeat(52)))).isEmpty();
  }

  @Test
  void namesAwsWouldRefuseForTheirShapeAreRefused() {
    ClusterSpec spec = DefaultSpecs.forName("demo");

    assertThat(nameErrors(spec.withName("sg-demo")))
        .extracting(SpecProblem::message)
        .anyMatch(m -> m.contains("'sg-'"));
    assertThat(
            errors(
                new ClusterSpec(
                    spec.name(),
                    spec.region(),
                    spec.controlPlane(),
                    spec.network(),
                    spec.nodeGroup(),
                    spec.cni(),
                    spec.sshKey(),
                    Map.of("eksdesk:cluster", "other", "team", "x".repeat(300)))))
        .extracting(SpecProblem::path)
        .contains("tags.eksdesk:cluster", "tags.team");
  }

  private List<SpecProblem> nameErrors(ClusterSpec spec) {
    return errors(spec).stream().filter(p -> p.path().equals("name")).toList();
  }

  private List<SpecProblem> errors(ClusterSpec spec) {
    return new SpecValidator(InstanceCatalog.bundled(), home)
        .validate(spec).stream().filter(SpecProblem::isError).toList();
  }
}

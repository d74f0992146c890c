package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NodeGroupSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/** An instance type a zone lacks is found before anything is created; moto knows the offerings. */
class InstanceTypeOfferingsMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir Path home;

  @Test
  void aTypeEveryZoneOffersLacksNothingAndAMadeUpOneLacksEveryZone() {
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_CENTRAL_1), new ApiCallCounter())) {
      InstanceTypeOfferings offerings =
          new InstanceTypeOfferings(clients, new AccountChoice.Environment());
      List<String> zones = List.of("eu-central-1a", "eu-central-1b");

      assertThat(offerings.zonesLacking("t3.micro", zones)).isEmpty();
      assertThat(offerings.zonesLacking("t3.nonexistent", zones)).isEqualTo(zones);
    }
  }

  @Test
  void aSessionPlansWithTheRegionsCurrentTypesReadOnce() {
    InstanceCatalog bundled = InstanceCatalog.bundled();
    try (AwsAccountSession session =
        AwsAccountSession.open(
            new AccountChoice.StaticKeys("testing", "testing", Optional.empty()),
            "eu-central-1",
            MOTO.endpoint().toString(),
            new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)))) {
      InstanceCatalog current = session.catalog(bundled);

      // the bundled catalog already holds every type AWS publishes; the region's answers overlay it
      assertThat(current).isNotSameAs(bundled);
      assertThat(current.size()).isGreaterThanOrEqualTo(bundled.size());
      assertThat(current.find("t3.micro")).isPresent();
      session.catalog(bundled);
      assertThat(session.clients().counter().snapshot())
          .containsEntry(new ApiCallCounter.Operation("Ec2", "DescribeInstanceTypes"), 1L);
    }
  }

  @Test
  void theSessionRefusesASpecWhoseTypeItsZonesLackSayingWhatToChange() {
    ClusterSpec spec = DefaultSpecs.firstCluster();
    NodeGroupSpec nodes = spec.nodeGroup();
    ClusterSpec unknownType =
        spec.withNodeGroup(
            new NodeGroupSpec(
                nodes.name(),
                "t3.nonexistent",
                nodes.desiredSize(),
                nodes.minSize(),
                nodes.maxSize(),
                nodes.capacityType(),
                nodes.diskGiB(),
                nodes.amiType()));

    try (AwsAccountSession session =
        AwsAccountSession.open(
            new AccountChoice.StaticKeys("testing", "testing", Optional.empty()),
            spec.region(),
            MOTO.endpoint().toString(),
            new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home)))) {
      assertThat(session.problemsWith(spec)).isEmpty();
      assertThat(session.problemsWith(unknownType))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("t3.nonexistent is not offered in " + String.join(", ", spec.network().zones()))
          .contains("Choose another instance type");
    }
  }
}

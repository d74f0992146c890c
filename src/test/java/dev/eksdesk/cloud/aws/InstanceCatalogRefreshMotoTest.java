package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;

class InstanceCatalogRefreshMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private AwsClients clients;

  @BeforeEach
  void setUp() {
    clients = new AwsClients(MOTO.settings(Region.EU_CENTRAL_1), new ApiCallCounter());
  }

  @AfterEach
  void tearDown() {
    clients.close();
  }

  @Test
  void takesSizesFromAwsAndKeepsTheBundledPrices() {
    InstanceType stale =
        new InstanceType(
            "t3.micro", 1, 512, 1, 1, false, Architecture.X86_64, Map.of("eu-central-1", 0.012));
    InstanceCatalog base = InstanceCatalog.of(java.util.List.of(stale));

    InstanceCatalog refreshed =
        new InstanceCatalogRefresh(clients, new AccountChoice.Environment()).refresh(base);

    InstanceType micro = refreshed.require("t3.micro");
    assertThat(micro.vcpus()).hasValue(2);
    assertThat(micro.memoryMiB()).hasValue(1024);
    assertThat(micro.maxEnis()).isEqualTo(2);
    assertThat(micro.ipv4PerEni()).isEqualTo(2);
    assertThat(micro.nitro()).isTrue();
    assertThat(micro.hourlyPriceUsd("eu-central-1")).hasValue(0.012);

    InstanceType graviton = refreshed.require("m7g.large");
    assertThat(graviton.architecture()).contains(Architecture.ARM64);
    assertThat(graviton.hourlyPriceUsdByRegion()).isEmpty();
    assertThat(refreshed.size()).isGreaterThan(500);
  }
}

package dev.eksdesk.cloud.aws.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ClientToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.AddonInfo;
import software.amazon.awssdk.services.eks.model.AddonVersionInfo;
import software.amazon.awssdk.services.eks.model.Compatibility;
import software.amazon.awssdk.services.eks.model.DescribeAddonVersionsResponse;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;

/** moto does not update versions: the upgrade's requests are checked as the adapter builds them. */
class VersionUpdatesTest {
  private static final ClientToken TOKEN = new ClientToken("eksdesk-upgrade-token");

  @Test
  void theControlPlaneNodeGroupAndAddOnRequestsNameTheirResourceVersionAndToken() {
    var cluster = VersionUpdates.cluster("demo", "1.34", TOKEN);
    assertThat(List.of(cluster.name(), cluster.version(), cluster.clientRequestToken()))
        .containsExactly("demo", "1.34", TOKEN.value());

    var nodes = VersionUpdates.nodeGroup("demo/workers-1", "1.34", TOKEN);
    assertThat(List.of(nodes.clusterName(), nodes.nodegroupName(), nodes.version()))
        .containsExactly("demo", "workers-1", "1.34");
    assertThat(nodes.clientRequestToken()).isEqualTo(TOKEN.value());

    var addon = VersionUpdates.addon("demo|vpc-cni", "v1.20.1-eksbuild.1", TOKEN);
    assertThat(List.of(addon.clusterName(), addon.addonName(), addon.addonVersion()))
        .containsExactly("demo", "vpc-cni", "v1.20.1-eksbuild.1");
    assertThat(addon.resolveConflicts()).isEqualTo(ResolveConflicts.PRESERVE);

    var lookup = VersionUpdates.addonVersions("vpc-cni", "1.34");
    assertThat(List.of(lookup.addonName(), lookup.kubernetesVersion()))
        .containsExactly("vpc-cni", "1.34");
  }

  @Test
  void theDefaultVersionForTheClusterIsChosenElseTheNewestCompatibleElseNone() {
    var response =
        DescribeAddonVersionsResponse.builder()
            .addons(
                AddonInfo.builder()
                    .addonName("vpc-cni")
                    .addonVersions(
                        version("v1.20.4-eksbuild.2", "1.34", false),
                        version("v1.20.1-eksbuild.1", "1.34", true),
                        version("v1.9.0-eksbuild.1", "1.33", false),
                        version("v1.19.10-eksbuild.1", "1.33", false))
                    .build())
            .build();

    assertThat(VersionUpdates.defaultVersion(response, "1.34")).hasValue("v1.20.1-eksbuild.1");
    assertThat(VersionUpdates.defaultVersion(response, "1.33")).hasValue("v1.19.10-eksbuild.1");
    assertThat(VersionUpdates.defaultVersion(response, "1.35")).isEmpty();
  }

  private static AddonVersionInfo version(String version, String cluster, boolean isDefault) {
    return AddonVersionInfo.builder()
        .addonVersion(version)
        .compatibilities(
            Compatibility.builder().clusterVersion(cluster).defaultVersion(isDefault).build())
        .build();
  }
}

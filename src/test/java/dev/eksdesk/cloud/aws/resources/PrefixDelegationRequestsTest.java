package dev.eksdesk.cloud.aws.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.PodCapacity;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.RequestLaunchTemplateData;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;
import software.amazon.awssdk.services.eks.model.UpdateAddonRequest;

/**
 * The two AWS requests prefix delegation makes, as the SDK builds them (moto 5.2 has no EKS
 * add-ons): UpdateAddon with the VPC CNI's environment, and the launch template whose AL2023
 * NodeConfig raises the kubelet's max pods.
 */
class PrefixDelegationRequestsTest {
  private static final String PREFIX_DELEGATION =
      "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\",\"WARM_PREFIX_TARGET\":\"1\"}}";

  @Test
  void updateAddonCarriesTheConfigurationWithTheTokenAndOverwrites() {
    UpdateAddonRequest request =
        AddonHandler.configurationUpdate(
            "demo|vpc-cni",
            new ResourceRequest.Addon("demo", "vpc-cni", PREFIX_DELEGATION, "1.33"),
            new ClientToken("eksdesk-token-1"));

    assertThat(request.clusterName()).isEqualTo("demo");
    assertThat(request.addonName()).isEqualTo("vpc-cni");
    assertThat(request.configurationValues()).isEqualTo(PREFIX_DELEGATION);
    assertThat(request.resolveConflicts()).isEqualTo(ResolveConflicts.OVERWRITE);
    assertThat(request.clientRequestToken()).isEqualTo("eksdesk-token-1");
  }

  @Test
  void theLaunchTemplateGivesNodeadmTheCatalogsPrefixDelegationMaxPods() {
    int maxPods =
        PodCapacity.maxPods(
            InstanceCatalog.bundled().require("t3.micro"), CniMode.VPC_CNI_PREFIX_DELEGATION);
    RequestLaunchTemplateData data =
        LaunchTemplateHandler.data(
            new ResourceRequest.LaunchTemplate("demo-nodes", "", true, 2, maxPods, 20));

    String userData =
        new String(Base64.getDecoder().decode(data.userData()), StandardCharsets.UTF_8);
    assertThat(maxPods).isEqualTo(34);
    assertThat(userData)
        .contains("Content-Type: application/node.eks.aws")
        .contains("kind: NodeConfig")
        .contains("      maxPods: 34\n");
  }
}

package dev.eksdesk.cloud.aws.resources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.ResourceTags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Addon;
import software.amazon.awssdk.services.eks.model.AddonHealth;
import software.amazon.awssdk.services.eks.model.AddonIssue;
import software.amazon.awssdk.services.eks.model.AddonStatus;
import software.amazon.awssdk.services.eks.model.CreateAddonRequest;
import software.amazon.awssdk.services.eks.model.CreateAddonResponse;
import software.amazon.awssdk.services.eks.model.DeleteAddonRequest;
import software.amazon.awssdk.services.eks.model.DeleteAddonResponse;
import software.amazon.awssdk.services.eks.model.DescribeAddonRequest;
import software.amazon.awssdk.services.eks.model.DescribeAddonResponse;
import software.amazon.awssdk.services.eks.model.ResolveConflicts;

/** moto has no EKS add-ons: the handler is checked on the requests it builds and SDK answers. */
class AddonHandlerTest {
  private static final ClientToken TOKEN = new ClientToken("eksdesk-addon-token");
  private static final Map<String, String> TAGS =
      Map.of(ResourceTags.CLUSTER, "demo", ResourceTags.STEP, "addon:vpc-cni");
  private static final ResourceRequest.Addon VPC_CNI =
      new ResourceRequest.Addon(
          "demo", "vpc-cni", "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"true\"}}", "1.34");

  private final List<Object> requests = new ArrayList<>();
  private Addon answer = addon(AddonStatus.CREATING, null, TAGS);

  private final EksClient eks =
      new EksClient() {
        @Override
        public CreateAddonResponse createAddon(CreateAddonRequest request) {
          requests.add(request);
          return CreateAddonResponse.builder().addon(answer).build();
        }

        @Override
        public DescribeAddonResponse describeAddon(DescribeAddonRequest request) {
          requests.add(request);
          return DescribeAddonResponse.builder().addon(answer).build();
        }

        @Override
        public DeleteAddonResponse deleteAddon(DeleteAddonRequest request) {
          requests.add(request);
          return DeleteAddonResponse.builder().build();
        }

        @Override
        public String serviceName() {
          return "eks";
        }

        @Override
        public void close() {}
      };

  private final AddonHandler handler = new AddonHandler(eks);

  @Test
  void createOverwritesTheSelfManagedAddOnWithTheTokenTagsAndConfiguration() {
    CloudResource created = handler.create(VPC_CNI, TOKEN, TAGS).resource();

    CreateAddonRequest sent = (CreateAddonRequest) requests.get(0);
    assertThat(List.of(sent.clusterName(), sent.addonName(), sent.clientRequestToken()))
        .containsExactly("demo", "vpc-cni", TOKEN.value());
    assertThat(sent.resolveConflicts()).isEqualTo(ResolveConflicts.OVERWRITE);
    assertThat(sent.configurationValues()).isEqualTo(VPC_CNI.configurationValues());
    assertThat(sent.tags()).isEqualTo(TAGS);
    assertThat(created.id()).isEqualTo("demo|vpc-cni");
    assertThat(created.state()).isEqualTo(ResourceState.PENDING);
    assertThat(created.stateReason()).isEqualTo("CREATING");
  }

  @Test
  void createWithoutConfigurationSendsNone() {
    handler.create(new ResourceRequest.Addon("demo", "coredns", "", "1.34"), TOKEN, TAGS);

    assertThat(((CreateAddonRequest) requests.get(0)).configurationValues()).isNull();
  }

  @Test
  void describeMapsTheStatusAndSaysWhatIsUnhealthy() {
    answer =
        addon(
            AddonStatus.DEGRADED,
            AddonHealth.builder()
                .issues(
                    AddonIssue.builder()
                        .code("InsufficientNumberOfReplicas")
                        .message("0 of 2 ready")
                        .build())
                .build(),
            TAGS);

    CloudResource degraded = handler.describe("demo|vpc-cni").orElseThrow();

    DescribeAddonRequest sent = (DescribeAddonRequest) requests.get(0);
    assertThat(List.of(sent.clusterName(), sent.addonName())).containsExactly("demo", "vpc-cni");
    assertThat(degraded.state()).isEqualTo(ResourceState.PENDING);
    assertThat(degraded.stateReason())
        .isEqualTo("DEGRADED: InsufficientNumberOfReplicas: 0 of 2 ready");

    answer = addon(AddonStatus.ACTIVE, null, TAGS);
    CloudResource active = handler.describe("demo|vpc-cni").orElseThrow();
    assertThat(active.state()).isEqualTo(ResourceState.READY);
    assertThat(active.stateReason()).isEmpty();
    assertThat(active.attribute("version")).isEqualTo("v1.20.1-eksbuild.1");
    assertThat(active.attribute("configurationValues")).isEqualTo(VPC_CNI.configurationValues());

    answer = addon(AddonStatus.UPDATE_FAILED, null, TAGS);
    assertThat(handler.describe("demo|vpc-cni").orElseThrow().state())
        .isEqualTo(ResourceState.FAILED);
  }

  @Test
  void findAnswersOnlyTheAddOnOfThisStep() {
    answer = addon(AddonStatus.ACTIVE, null, TAGS);
    assertThat(handler.find(VPC_CNI, TAGS)).isPresent();

    answer = addon(AddonStatus.ACTIVE, null, Map.of(ResourceTags.CLUSTER, "another"));
    assertThat(handler.find(VPC_CNI, TAGS)).isEmpty();
  }

  @Test
  void updateSendsThePlannedConfigurationWithTheToken() {
    var update = AddonHandler.configurationUpdate("demo|vpc-cni", VPC_CNI, TOKEN);

    assertThat(List.of(update.clusterName(), update.addonName(), update.clientRequestToken()))
        .containsExactly("demo", "vpc-cni", TOKEN.value());
    assertThat(update.configurationValues()).isEqualTo(VPC_CNI.configurationValues());
    assertThat(update.resolveConflicts()).isEqualTo(ResolveConflicts.OVERWRITE);
  }

  @Test
  void deleteNamesTheClusterAndTheAddOn() {
    handler.delete("demo|vpc-cni");

    DeleteAddonRequest sent = (DeleteAddonRequest) requests.get(0);
    assertThat(List.of(sent.clusterName(), sent.addonName())).containsExactly("demo", "vpc-cni");
  }

  private static Addon addon(AddonStatus status, AddonHealth health, Map<String, String> tags) {
    return Addon.builder()
        .clusterName("demo")
        .addonName("vpc-cni")
        .addonVersion("v1.20.1-eksbuild.1")
        .addonArn("arn:aws:eks:eu-central-1:123456789012:addon/demo/vpc-cni/abc")
        .configurationValues(VPC_CNI.configurationValues())
        .status(status)
        .health(health)
        .tags(tags)
        .build();
  }
}

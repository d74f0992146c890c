package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.aws.ApiCallCounter;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsConfigLocations;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.cloud.aws.MotoForeignCluster;
import dev.eksdesk.cloud.aws.MotoServer;
import dev.eksdesk.topology.Element;
import dev.eksdesk.topology.ElementKind;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.ui.topology.ClusterLookupException;
import dev.eksdesk.ui.topology.FoundCluster;
import dev.eksdesk.ui.wizard.AccountMode;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;

/**
 * The Open cluster panel's AWS side against moto with IAM enforced: an administrator built a
 * cluster the way another tool would; a user without policies is refused, and told which action is
 * missing.
 */
class AwsClusterLookupMotoTest {
  private static final String REGION = "eu-west-1";

  /** The first six requests create the two users, their keys and their policies. */
  @RegisterExtension
  static final MotoServer MOTO = new MotoServer(Map.of("INITIAL_NO_AUTH_ACTION_COUNT", "6"));

  @TempDir static Path home;
  private static AwsProfiles profiles;
  private static AccessKey admin;
  private static AccessKey eksOnly;
  private static MotoForeignCluster shop;

  @BeforeAll
  static void anAccountWithAClusterAndAUserWithoutPolicies() {
    try (AwsClients setup = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      admin = userWithKey(setup.iam(), "admin");
      setup
          .iam()
          .attachUserPolicy(
              r -> r.userName("admin").policyArn("arn:aws:iam::aws:policy/AdministratorAccess"));
      eksOnly = userWithKey(setup.iam(), "eks-reader");
      setup
          .iam()
          .putUserPolicy(
              r ->
                  r.userName("eks-reader")
                      .policyName("eks-only")
                      .policyDocument(
                          "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                              + "\"Action\":\"eks:*\",\"Resource\":\"*\"}]}"));
    }
    profiles = new AwsProfiles(AwsConfigLocations.resolve(Map.of(), home));
    try (AwsClients asAdmin =
        AwsClients.open(choiceOf(admin), REGION, MOTO.endpoint().toString(), profiles)) {
      shop = MotoForeignCluster.build(asAdmin, "shop");
    }
  }

  @Test
  void listsTheClustersAndDrawsOneWithItsNetworkAndNodeGroup() throws Exception {
    AwsClusterLookup lookup = lookupAs(admin);

    assertThat(lookup.where()).isEqualTo("AWS account " + MotoServer.ACCOUNT_ID + ", eu-west-1");
    assertThat(lookup.clusters()).extracting(FoundCluster::name).containsExactly("shop");

    Topology drawn = lookup.draw("shop");
    assertThat(drawn.ofKind(ElementKind.VPC))
        .singleElement()
        .satisfies(vpc -> assertThat(vpc.summary()).isEqualTo("10.20.0.0/16"));
    assertThat(drawn.ofKind(ElementKind.PUBLIC_SUBNET))
        .extracting(Element::id)
        .containsExactly(shop.publicSubnet());
    assertThat(drawn.ofKind(ElementKind.PRIVATE_SUBNET))
        .extracting(Element::id)
        .containsExactly(shop.privateSubnet());
    assertThat(drawn.ofKind(ElementKind.NAT_GATEWAY))
        .singleElement()
        .satisfies(nat -> assertThat(nat.parentId()).isEqualTo(shop.publicSubnet()));
    assertThat(drawn.ofKind(ElementKind.NODE_GROUP))
        .extracting(Element::label)
        .containsExactly("Node group workers");
    assertThat(drawn.ofKind(ElementKind.NODE))
        .hasSize(2)
        .allSatisfy(n -> assertThat(n.parentId()).isEqualTo(shop.privateSubnet()));
  }

  @Test
  void aClusterThatIsNotThereSaysToRefresh() {
    ClusterLookupException e =
        catchThrowableOfType(ClusterLookupException.class, () -> lookupAs(admin).draw("nope"));

    assertThat(e.getMessage()).contains("nope");
    assertThat(e.nextAction()).isEqualTo(ClusterLookupException.REFRESH);
  }

  @Test
  void aUserWhoMayReadEksButNotEc2IsToldWhichActionIsMissing() throws Exception {
    AwsClusterLookup lookup = lookupAs(eksOnly);
    assertThat(lookup.clusters()).extracting(FoundCluster::name).containsExactly("shop");

    ClusterLookupException e =
        catchThrowableOfType(ClusterLookupException.class, () -> lookup.draw("shop"));

    assertThat(e.getMessage()).startsWith("Access denied").contains("ec2:Describe");
    assertThat(e.nextAction()).startsWith("Ask an administrator to allow ec2:Describe");
  }

  private static AwsClusterLookup lookupAs(AccessKey key) {
    return new AwsClusterLookup(
        new AccountSelection(
            AccountMode.KEYS,
            "",
            key.accessKeyId(),
            key.secretAccessKey(),
            REGION,
            MOTO.endpoint().toString()),
        MotoServer.ACCOUNT_ID,
        profiles);
  }

  private static AccountChoice choiceOf(AccessKey key) {
    return new AccountChoice.StaticKeys(key.accessKeyId(), key.secretAccessKey(), Optional.empty());
  }

  private static AccessKey userWithKey(IamClient iam, String name) {
    iam.createUser(r -> r.userName(name));
    return iam.createAccessKey(r -> r.userName(name)).accessKey();
  }
}

package dev.eksdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.account.AccountVerifier;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.NatMode;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.diff.AttributeChange;
import dev.eksdesk.engine.diff.Change;
import dev.eksdesk.engine.diff.ChangeAction;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.ui.fx.UiExecutors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WizardViewModelTest {
  private final WizardFixtures fixtures = new WizardFixtures();
  private final WizardViewModel wizard =
      new WizardViewModel(fixtures.services(), UiExecutors.direct(), DefaultSpecs.firstCluster());

  @Test
  void theDefaultSpecWalksThroughEveryPageAndCreates() {
    assertThat(wizard.specProperty().get()).isEqualTo(DefaultSpecs.firstCluster());
    wizard.next();
    wizard.next();
    wizard.next();
    assertThat(wizard.pageProperty().get()).isEqualTo(WizardPage.REVIEW);
    assertThat(wizard.planLines()).anyMatch(line -> line.contains("VPC 10.0.0.0/16"));
    assertThat(wizard.planGroups())
        .extracting(PlanGroups.Group::title)
        .contains("Network", "IAM roles and access", "EKS cluster and nodes");
    assertThat(wizard.planGroups().stream().flatMap(g -> g.items().stream()))
        .anyMatch(item -> item.onCriticalPath() && item.description().contains("EKS"));
    assertThat(wizard.planSummaryProperty().get()).contains("49 steps");
    assertThat(wizard.estimateProperty().get().monthlyUsd()).isGreaterThan(150);
    wizard.create();
    assertThat(fixtures.created).containsExactly(DefaultSpecs.firstCluster());
  }

  @Test
  void theSharedStateIsChosenOnTheFirstPageAndKeptWhenARunningClusterIsEdited() {
    wizard.stateProperty().set("s3:/team-bucket");
    assertThat(wizard.problemsOn(WizardPage.CREDENTIALS))
        .anySatisfy(p -> assertThat(p.path()).isEqualTo("state"));
    assertThat(wizard.blockedBinding().get()).isTrue();

    wizard.stateProperty().set(" s3://team-bucket/eksdesk ");
    assertThat(wizard.blockedBinding().get()).isFalse();
    assertThat(wizard.specProperty().get().state()).isEqualTo("s3://team-bucket/eksdesk");

    ClusterSpec shared = DefaultSpecs.forName("shop").withState("s3://team-bucket/eksdesk");
    wizard.stopEditing();
    assertThat(wizard.specProperty().get().state()).isEmpty();
    wizard.edit(shared);
    assertThat(wizard.stateProperty().get()).isEqualTo("s3://team-bucket/eksdesk");
    wizard.nodes().desiredProperty().set(3);
    assertThat(wizard.specProperty().get().state())
        .as("an edit made in the wizard keeps the journal where the team shares it")
        .isEqualTo("s3://team-bucket/eksdesk");
  }

  @Test
  void aMalformedVpcCidrBlocksNextWithAMessageOnTheNetworkPage() {
    wizard.next();
    wizard.network().vpcCidrProperty().set("10.0.0.0/33");
    assertThat(wizard.pageHasErrorsBinding().get()).isTrue();
    assertThat(wizard.problemsOn(WizardPage.NETWORK))
        .anySatisfy(p -> assertThat(p.message()).contains("from 0 to 32"));
    wizard.next();
    assertThat(wizard.pageProperty().get()).isEqualTo(WizardPage.NETWORK);
    wizard.network().vpcCidrProperty().set("10.0.0.0/16");
    wizard.next();
    assertThat(wizard.pageProperty().get()).isEqualTo(WizardPage.NODES);
  }

  @Test
  void theVpcAndSubnetMessagesBesideTheFieldsSayWhatIsWrongAndWhatToDo() {
    assertThat(wizard.vpcCidrMessageBinding().get()).isEmpty();
    wizard.network().vpcCidrProperty().set("10.0.0/16");
    assertThat(wizard.vpcCidrMessageBinding().get())
        .startsWith("'10.0.0/16': an IPv4 address has four numbers separated by dots.")
        .endsWith(FieldMessages.VPC_HINT);
    wizard.network().vpcCidrProperty().set("10.0.0.0/16");
    assertThat(wizard.vpcCidrMessageBinding().get()).isEmpty();

    wizard.network().subnets().get(3).cidrProperty().set("172.16.0.0/20");
    assertThat(wizard.subnetsMessageBinding().get())
        .startsWith(
            "Subnet "
                + wizard.network().subnets().get(3).name()
                + ": 172.16.0.0/20 lies outside the VPC 10.0.0.0/16")
        .endsWith(FieldMessages.SUBNETS_HINT);
    assertThat(wizard.blockedBinding().get()).isFalse(); // still on the credentials page
    wizard.network().subnets().get(3).cidrProperty().set("10.0.128.0/20");
    assertThat(wizard.subnetsMessageBinding().get()).isEmpty();
  }

  @Test
  void awsCredentialsHoldNextUntilVerifyAcceptsThemAndAgainWhenTheyChange() {
    var credentials = wizard.credentials();
    assertThat(wizard.blockedBinding().get()).as("the Sandbox needs no Verify").isFalse();
    credentials.modeProperty().set(AccountMode.KEYS);
    credentials.accessKeyIdProperty().set("AKIAEXAMPLE000000001");
    credentials.secretAccessKeyProperty().set("typed-secret");
    assertThat(wizard.blockedBinding().get()).isTrue();
    assertThat(wizard.blockedReasonBinding().get()).startsWith("Press Verify");

    fixtures.answer = AccountVerifier.Verification.failed("AWS did not accept the credentials.");
    credentials.verify("eu-central-1");
    assertThat(credentials.verifyFailedProperty().get()).isTrue();
    wizard.next();
    assertThat(wizard.pageProperty().get()).isEqualTo(WizardPage.CREDENTIALS);

    fixtures.answer =
        new AccountVerifier.Verification(
            true, "123456789012", "arn:aws:iam::123456789012:user/dev", "");
    credentials.verify("eu-central-1");
    assertThat(wizard.blockedBinding().get()).isFalse();
    assertThat(credentials.verifyFailedProperty().get()).isFalse();

    credentials.secretAccessKeyProperty().set("another-secret");
    assertThat(wizard.blockedBinding().get()).isTrue();
    assertThat(credentials.verifyMessageProperty().get()).isEmpty();
    credentials.verify("eu-central-1");
    wizard.next();
    assertThat(wizard.pageProperty().get()).isEqualTo(WizardPage.NETWORK);
  }

  @Test
  void aVerifyAnswerForCredentialsChangedMeanwhileIsDropped() {
    List<Runnable> pending = new ArrayList<>();
    WizardViewModel slow =
        new WizardViewModel(
            fixtures.services(),
            new UiExecutors(pending::add, Runnable::run),
            DefaultSpecs.firstCluster());
    var credentials = slow.credentials();
    credentials.modeProperty().set(AccountMode.KEYS);
    credentials.accessKeyIdProperty().set("AKIAEXAMPLE000000001");
    credentials.secretAccessKeyProperty().set("typed-secret");
    pending.clear(); // the profile list

    credentials.verify("eu-central-1");
    credentials.secretAccessKeyProperty().set("a-different-secret");
    pending.forEach(Runnable::run);

    assertThat(credentials.verifiedProperty().get()).isFalse();
    assertThat(slow.blockedBinding().get()).isTrue();
  }

  @Test
  void theLatestReviewPlanWinsWhenPlansFinishOutOfOrder() {
    List<Runnable> pending = new ArrayList<>();
    WizardViewModel slow =
        new WizardViewModel(
            fixtures.services(),
            new UiExecutors(pending::add, Runnable::run),
            DefaultSpecs.firstCluster());
    while (slow.pageProperty().get() != WizardPage.REVIEW) {
      slow.next();
    }
    slow.back();
    slow.nameProperty().set("renamed");
    slow.next();
    List<Runnable> newestFirst = new ArrayList<>(pending);
    java.util.Collections.reverse(newestFirst);

    newestFirst.forEach(Runnable::run);

    assertThat(slow.planLines()).anyMatch(line -> line.contains("renamed"));
    assertThat(slow.planLines()).noneMatch(line -> line.contains("EKS cluster pw-cluster "));
  }

  @Test
  void editingASubnetIntoAnOverlapIsCaught() {
    wizard.network().subnets().get(1).cidrProperty().set("10.0.0.0/25");
    assertThat(wizard.problemsOn(WizardPage.NETWORK))
        .anySatisfy(p -> assertThat(p.message()).contains("overlaps public-a"));
  }

  @Test
  void replanningCarvesThreeZones() {
    wizard.network().zoneCountProperty().set(3);
    wizard.network().replanSubnets();
    assertThat(wizard.specProperty().get().network().zones())
        .containsExactly("eu-central-1a", "eu-central-1b", "eu-central-1c");
    assertThat(wizard.specProperty().get().network().subnets()).hasSize(6);
  }

  @Test
  void changingNatModeChangesTheEstimate() {
    double single = wizard.estimateProperty().get().monthlyUsd();
    wizard.network().natModeProperty().set(NatMode.PER_ZONE);
    assertThat(wizard.estimateProperty().get().monthlyUsd()).isGreaterThan(single + 40);
  }

  @Test
  void theCheapestHelperPicksATypeThatHoldsThePods() {
    wizard.nodes().cniProperty().set(CniMode.CALICO_OVERLAY);
    wizard.nodes().podsWantedProperty().set(40);
    wizard.nodes().findCheapest();
    assertThat(wizard.nodes().cheapestAnswerProperty().get())
        .contains("for 40 pods under Calico overlay");
    assertThat(wizard.specProperty().get().nodeGroup().instanceType())
        .isEqualTo(wizard.nodes().instanceTypeProperty().get());
  }

  @Test
  void theInstanceTableListsEveryTypeWithWhatMemoryLeavesAndWhatIsUnknown() {
    assertThat(wizard.nodes().visibleRows()).hasSize(WizardFixtures.CATALOG.size());
    wizard.nodes().searchProperty().set("t3.micro");
    InstanceTypeRow micro = wizard.nodes().visibleRows().get(0);
    assertThat(micro.maxPodsVpcCni()).isEqualTo(4);
    assertThat(micro.maxPodsOverlay()).isEqualTo(15);
    assertThat(micro.memoryBound())
        .containsExactlyInAnyOrder(CniMode.VPC_CNI_PREFIX_DELEGATION, CniMode.CALICO_OVERLAY);
    wizard.nodes().searchProperty().set("c5a.metal");
    InstanceTypeRow metal = wizard.nodes().visibleRows().get(0);
    assertThat(metal.vcpus()).isNull();
    assertThat(metal.memoryGiB()).isNull();
    assertThat(metal.pricePerHour()).isNull();
    assertThat(wizard.nodes().capacitySummaryProperty().get()).contains("4 pods per node");
    wizard.nodes().cniProperty().set(CniMode.CALICO_OVERLAY);
    assertThat(wizard.nodes().capacitySummaryProperty().get())
        .contains("15 pods per node")
        .contains("memory binds");
  }

  @Test
  void searchFiltersTheInstanceTable() {
    wizard.nodes().searchProperty().set("t3.");
    assertThat(wizard.nodes().visibleRows())
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.name()).startsWith("t3."));
  }

  @Test
  void verifyShowsTheIdentityAndWarnsForRoot() {
    fixtures.answer =
        new AccountVerifier.Verification(
            true, "123456789012", "arn:aws:iam::123456789012:root", "");
    wizard.credentials().modeProperty().set(AccountMode.PROFILE);
    wizard.credentials().profileProperty().set("default");
    wizard.credentials().verify("eu-central-1");
    assertThat(fixtures.verified).containsExactly(new AccountChoice.Profile("default"));
    assertThat(wizard.credentials().rootWarningProperty().get()).isTrue();
    assertThat(wizard.credentials().identityProperty().get().account()).isEqualTo("123456789012");
    assertThat(wizard.credentials().sourceName()).isEqualTo("profile default");
    assertThat(wizard.credentials().verifyMessageProperty().get()).contains("root user");
  }

  @Test
  void typedKeysAreSavedAsAProfileOnlyWhenAskedAndNeverWithoutAName() {
    var credentials = wizard.credentials();
    credentials.modeProperty().set(AccountMode.KEYS);
    credentials.accessKeyIdProperty().set("AKIAEXAMPLE000000001");
    credentials.secretAccessKeyProperty().set("typed-secret");
    assertThat(fixtures.saved).isEmpty();

    credentials.saveKeysAsProfile();
    assertThat(fixtures.saved).isEmpty();
    assertThat(credentials.saveMessageProperty().get()).contains("profile name");

    credentials.saveAsProfileProperty().set("mine");
    credentials.saveKeysAsProfile();
    assertThat(fixtures.saved).containsExactly("mine=AKIAEXAMPLE000000001");
    assertThat(credentials.saveMessageProperty().get())
        .contains("Saved as profile mine")
        .doesNotContain("typed-secret");
  }

  @Test
  void aFailedVerifySaysWhatIsWrong() {
    fixtures.answer =
        AccountVerifier.Verification.failed(
            "The security token included in the request is expired. Run aws sso login --profile dev-sso.");
    wizard.credentials().verify("eu-central-1");
    assertThat(wizard.credentials().verifiedProperty().get()).isFalse();
    assertThat(wizard.credentials().verifyMessageProperty().get()).contains("aws sso login");
  }

  @Test
  void aSpecFileWithATypoIsReportedAndTheDraftIsKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file, SpecYaml.write(DefaultSpecs.forName("other")).replace("vpcCidr:", "vpcCdir:"));
    wizard.loadSpec(file);
    assertThat(wizard.fileMessageProperty().get())
        .startsWith(file + " is not a cluster spec")
        .contains("unknown key 'vpcCdir'; did you mean 'vpcCidr'?")
        .contains("Nothing was changed");
    assertThat(wizard.fileProblemProperty().get()).isTrue();
    assertThat(wizard.nameProperty().get()).isEqualTo("pw-cluster");
  }

  @Test
  void savedSpecsLoadBackIntoEveryPage(@TempDir Path dir) {
    Path file = dir.resolve("mine.yaml");
    wizard.nameProperty().set("shop");
    wizard.nodes().cniProperty().set(CniMode.CALICO_OVERLAY);
    wizard.saveSpec(file);
    WizardViewModel other =
        new WizardViewModel(fixtures.services(), UiExecutors.direct(), DefaultSpecs.firstCluster());
    other.loadSpec(file);
    assertThat(other.specProperty().get()).isEqualTo(wizard.specProperty().get());
    assertThat(other.nodes().cniProperty().get()).isEqualTo(CniMode.CALICO_OVERLAY);
  }

  @Test
  void aRefusedReplacementIsPlannedOnlyOnceTheClusterNameIsTypedAndThenAppliedAsShown() {
    Change vpc =
        new Change(
            "vpc",
            ResourceKind.VPC,
            ChangeAction.REPLACE,
            "VPC 10.1.0.0/16",
            "vpc-1",
            List.of(new AttributeChange("cidrBlock", "10.0.0.0/16", "10.1.0.0/16", true)),
            "",
            false,
            true);
    fixtures.diffs =
        (spec, allowReplace) -> {
          if (!allowReplace) {
            throw new PlanRefusedException(
                List.of("network.vpcCidr: replacing the VPC deletes the cluster in it."));
          }
          return new PlanDiff(spec.name(), List.of(vpc));
        };
    wizard.edit(DefaultSpecs.firstCluster());
    assertThat(wizard.pageProperty().get()).isEqualTo(WizardPage.NODES);
    wizard.next();

    ChangeReview review = wizard.changeReview();
    assertThat(review.messageProperty().get()).contains("network.vpcCidr");
    assertThat(review.applicableProperty().get()).isFalse();
    wizard.create();
    assertThat(fixtures.applied).isEmpty();

    assertThat(review.confirmReplacement("pw")).isFalse();
    assertThat(review.applicableProperty().get()).isFalse();
    assertThat(review.confirmReplacement("pw-cluster")).isTrue();
    assertThat(review.groups())
        .containsExactly(
            new ChangeGroups.Group(
                "VPC",
                List.of(
                    new ChangeGroups.Line(
                        "-/+ vpc: cidrBlock 10.0.0.0/16 -> 10.1.0.0/16 (forces replacement)",
                        true))));
    assertThat(review.costDeltaProperty().get()).isEqualTo("no change per month");

    wizard.create();
    assertThat(fixtures.applied).containsExactly(new PlanDiff("pw-cluster", List.of(vpc)));
    assertThat(fixtures.appliedAllowingReplace).containsExactly(true);
    assertThat(fixtures.created).isEmpty();
  }
}

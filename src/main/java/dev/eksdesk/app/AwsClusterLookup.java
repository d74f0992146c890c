package dev.eksdesk.app;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudFailure;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.aws.AwsClients;
import dev.eksdesk.cloud.aws.AwsClusterInspector;
import dev.eksdesk.cloud.aws.AwsErrors;
import dev.eksdesk.cloud.aws.AwsProfiles;
import dev.eksdesk.topology.InventoryTopology;
import dev.eksdesk.topology.Topology;
import dev.eksdesk.ui.topology.ClusterLookup;
import dev.eksdesk.ui.topology.ClusterLookupException;
import dev.eksdesk.ui.topology.FoundCluster;
import dev.eksdesk.ui.wizard.AccountSelection;
import java.util.List;
import java.util.function.Function;

/** The EKS clusters of an AWS account and region, read with the credentials the wizard verified. */
final class AwsClusterLookup implements ClusterLookup {
  private final AccountSelection selection;
  private final String accountId;
  private final AwsProfiles profiles;

  AwsClusterLookup(AccountSelection selection, String accountId, AwsProfiles profiles) {
    this.selection = selection;
    this.accountId = accountId;
    this.profiles = profiles;
  }

  @Override
  public String where() {
    return "AWS account " + accountId + ", " + selection.region();
  }

  @Override
  public List<FoundCluster> clusters() throws ClusterLookupException {
    return inspect(inspector -> inspector.clusters().stream().map(FoundCluster::of).toList());
  }

  @Override
  public Topology draw(String cluster) throws ClusterLookupException {
    return inspect(
        inspector ->
            InventoryTopology.build(
                cluster, selection.region(), inspector.discover(cluster).resources()));
  }

  /** Clients for one question only: the panel asks seldom, and the account may change between. */
  private <T> T inspect(Function<AwsClusterInspector, T> read) throws ClusterLookupException {
    AccountChoice choice;
    try {
      choice = selection.toChoice();
    } catch (IllegalArgumentException e) {
      throw new ClusterLookupException(e.getMessage(), "Fill it in on the Credentials page.");
    }
    try (AwsClients clients =
        AwsClients.open(choice, selection.region(), selection.endpointUrl(), profiles)) {
      return read.apply(new AwsClusterInspector(clients, choice));
    } catch (CloudException e) {
      // The inspector words a failure in one line, for the CLI; the panel shows what happened and
      // what to do apart, so the SDK's error beneath is translated again.
      CloudFailure failure = translate(choice, e.getCause() == null ? e : e.getCause());
      throw new ClusterLookupException(
          failure.message(),
          e.kind() == FailureKind.NOT_FOUND
              ? ClusterLookupException.REFRESH
              : failure.nextAction());
    } catch (RuntimeException e) {
      CloudFailure failure = translate(choice, e);
      throw new ClusterLookupException(failure.message(), failure.nextAction());
    }
  }

  private CloudFailure translate(AccountChoice choice, Throwable error) {
    return new AwsErrors(choice, !selection.endpointUrl().isBlank()).translate(error);
  }
}

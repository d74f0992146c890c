package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.InstancePrices;
import dev.eksdesk.cloud.KubeconfigEntry;
import dev.eksdesk.cloud.LocalKeys;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.cloud.Scheduler;
import dev.eksdesk.cloud.StateObjects;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.SshKeyMode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** An AWS account reached with the user's credentials, in real time. */
public final class AwsAccountSession implements AwsSession {
  private final AwsClients clients;
  private final AccountChoice choice;
  private final AwsCloudAccount account;
  private final RealtimeScheduler scheduler = new RealtimeScheduler(1, 4);
  private final CallerIdentity identity;
  private String operatorCidr;
  private InstanceCatalog catalog;

  private AwsAccountSession(AwsClients clients, AccountChoice choice) {
    this.clients = clients;
    this.choice = choice;
    this.account = new AwsCloudAccount(clients.singleAttempt(), choice);
    this.identity = new CallerIdentityVerifier(clients.sts()).verify();
  }

  /**
   * Opens the account and checks who the credentials belong to.
   *
   * @param endpointUrl an emulator's address (LocalStack, moto), empty for AWS itself
   * @throws software.amazon.awssdk.core.exception.SdkException when the credentials do not work;
   *     translate it with {@link AwsErrors}
   */
  public static AwsAccountSession open(
      AccountChoice choice, String region, String endpointUrl, AwsProfiles profiles) {
    AwsClients clients = AwsClients.open(choice, region, endpointUrl, profiles);
    try {
      return new AwsAccountSession(clients, choice);
    } catch (RuntimeException e) {
      clients.close();
      throw e;
    }
  }

  @Override
  public CallerIdentity identity() {
    return identity;
  }

  public AwsClients clients() {
    return clients;
  }

  @Override
  public InstancePrices instancePrices() {
    return new AwsInstancePrices(clients, choice);
  }

  @Override
  public AwsClusterInspector inspector() {
    return new AwsClusterInspector(clients, choice);
  }

  /** Running clusters of this account: their API servers, nodes' ENIs and node replacement. */
  public AwsClusterAccess clusterAccess() {
    return new AwsClusterAccess(clients, choice, Clock.systemUTC());
  }

  @Override
  public KubeconfigEntry kubeconfigEntry(String clusterName) {
    return clusterAccess().connect(clusterName).kubeconfigEntry(profileName());
  }

  /** The named profile these credentials come from, which kubectl's AWS CLI should use too. */
  public Optional<String> profileName() {
    return choice instanceof AccountChoice.Profile named
        ? Optional.of(named.name())
        : Optional.empty();
  }

  /** Read once per session; the bundled catalog stands in when EC2 may not be asked. */
  @Override
  public synchronized InstanceCatalog catalog(InstanceCatalog bundled) {
    if (catalog == null) {
      try {
        catalog = new InstanceCatalogRefresh(clients, choice).refresh(bundled);
      } catch (CloudException e) {
        return bundled;
      }
    }
    return catalog;
  }

  /** The node group's instance type must be offered in every zone of the spec's subnets. */
  @Override
  public List<String> problemsWith(ClusterSpec spec) {
    String type = spec.nodeGroup().instanceType();
    List<String> lacking;
    try {
      lacking =
          new InstanceTypeOfferings(clients, choice).zonesLacking(type, spec.network().zones());
    } catch (CloudException e) {
      // a check, not a gate: without ec2:DescribeInstanceTypeOfferings the apply says it itself
      return List.of();
    }
    return lacking.isEmpty()
        ? List.of()
        : List.of(
            type
                + " is not offered in "
                + String.join(", ", lacking)
                + " ("
                + clients.settings().region().id()
                + "). Choose another instance type on the Nodes page (or in the spec), or"
                + " other zones.");
  }

  @Override
  public CloudAccount account() {
    return account;
  }

  @Override
  public Scheduler scheduler() {
    return scheduler;
  }

  @Override
  public String displayName() {
    return "AWS account " + identity.account();
  }

  /** Looked up once, when a plan first needs it: credentials are checked before the network. */
  @Override
  public synchronized String operatorCidr() {
    if (operatorCidr == null) {
      operatorCidr = OperatorAddressLookup.operatorCidr(clients.settings().endpointOverride());
    }
    return operatorCidr;
  }

  @Override
  public Optional<String> region() {
    return Optional.of(clients.settings().region().id());
  }

  @Override
  public Optional<StateObjects> stateObjects() {
    return Optional.of(new S3StateObjects(clients.s3()));
  }

  @Override
  public Path dataFolder(Path home) {
    return home.resolve("aws").resolve(identity.account());
  }

  @Override
  public LocalKeys localKeys(ClusterSpec spec) {
    boolean generate = spec.sshKey().mode() == SshKeyMode.GENERATE;
    return generate && !spec.sshKey().privateKeyPath().isEmpty()
        ? PrivateKeyFile.at(spec.sshKey().privateKeyPath())
        : LocalKeys.none();
  }

  @Override
  public void close() {
    scheduler.close();
    clients.close();
  }
}

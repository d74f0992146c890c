package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import dev.eksdesk.cloud.UpdateStatus;
import dev.eksdesk.cloud.UpgradeInsights;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import dev.eksdesk.cloud.aws.resources.NetworkBlockers;
import dev.eksdesk.cloud.aws.resources.ResourceHandlers;
import dev.eksdesk.cloud.aws.resources.ResourceUpdater;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * The engine's {@link CloudAccount} on AWS: each call goes to the handler of its resource kind
 * ({@code cloud.aws.resources}), and every SDK exception comes back as a classified {@link
 * CloudException}. A NotFound on describe or find means "empty", as the port asks.
 *
 * <p>The clients belong to the caller, who closes them; this class holds no other state.
 */
public final class AwsCloudAccount implements CloudAccount {
  private final AwsClients clients;
  private final AwsFailures failures;
  private final ResourceHandlers handlers;
  private final ResourceUpdater updater;

  /**
   * @param account how the credentials were chosen, for advice in error messages
   */
  public AwsCloudAccount(AwsClients clients, AccountChoice account) {
    boolean emulator = clients.settings().endpointOverride().isPresent();
    this.clients = clients;
    this.failures = new AwsFailures(account, emulator);
    this.handlers = new ResourceHandlers(clients, () -> callerIdentity().account());
    this.updater = new ResourceUpdater(clients, handlers);
  }

  @Override
  public CallerIdentity callerIdentity() {
    GetCallerIdentityResponse identity =
        call(Call.DESCRIBE, "GetCallerIdentity", () -> clients.sts().getCallerIdentity());
    return new CallerIdentity(identity.account(), identity.arn());
  }

  @Override
  public CreateResult create(ResourceRequest request, ClientToken token, Map<String, String> tags) {
    return call(
        Call.CREATE,
        "Create " + request.kind().displayName(),
        () -> handlers.creating(request).create(request, token, tags));
  }

  @Override
  public Optional<CloudResource> describe(ResourceKind kind, String id) {
    return orEmptyIfNotFound(
        () ->
            call(
                Call.DESCRIBE,
                kind.displayName() + " " + id,
                () -> handlers.handler(kind).describe(id)));
  }

  /** EC2's kinds many ids per call (a refresh's subnets, groups, rules, tables, instances). */
  @Override
  public Map<String, CloudResource> describeAll(ResourceKind kind, List<String> ids) {
    try {
      return call(
          Call.DESCRIBE,
          kind.displayName() + " " + String.join(", ", ids),
          () -> handlers.describeAll(kind, ids));
    } catch (CloudException e) {
      if (e.kind() == FailureKind.NOT_FOUND) {
        return CloudAccount.super.describeAll(kind, ids); // one unknown id: each on its own
      }
      throw e;
    }
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest request, Map<String, String> tags) {
    return orEmptyIfNotFound(
        () ->
            call(
                Call.DESCRIBE,
                "Find " + request.kind().displayName(),
                () -> handlers.creating(request).find(request, tags)));
  }

  @Override
  public void delete(ResourceKind kind, String id) {
    call(
        Call.DELETE,
        "Delete " + kind.displayName() + " " + id,
        () -> {
          handlers.handler(kind).delete(id);
          return null;
        });
  }

  @Override
  public UpdateResult update(
      ResourceKind kind,
      String id,
      UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags,
      ClientToken token) {
    return call(
        Call.UPDATE,
        operation.call() + " on " + kind.displayName() + " " + id,
        () -> updater.update(kind, id, operation, desired, tags, token));
  }

  @Override
  public UpdateStatus updateStatus(ResourceKind kind, String id, String updateId) {
    return call(
        Call.DESCRIBE,
        "DescribeUpdate " + updateId + " of " + kind.displayName() + " " + id,
        () -> updater.status(kind, id, updateId));
  }

  @Override
  public Optional<String> addonVersion(String addon, String kubernetesVersion) {
    return call(
        Call.DESCRIBE,
        "DescribeAddonVersions " + addon + " for Kubernetes " + kubernetesVersion,
        () -> updater.addonVersion(addon, kubernetesVersion));
  }

  @Override
  public UpgradeInsights upgradeInsights(String clusterName, String kubernetesVersion) {
    return call(
        Call.DESCRIBE,
        "ListInsights of " + clusterName,
        () -> new EksUpgradeInsights(clients.eks()).forUpgrade(clusterName, kubernetesVersion));
  }

  @Override
  public List<Blocker> blockers(ResourceKind kind, String id) {
    return call(
        Call.LIST,
        "What blocks " + kind.displayName() + " " + id,
        () -> new NetworkBlockers(clients.ec2()).of(kind, id));
  }

  /** Every service's tagged resources, kept when alive and matching the query. */
  @Override
  public List<CloudResource> inventory(TagQuery query) {
    return handlers.inventories().stream()
        .flatMap(
            inventory ->
                call(Call.LIST, "List tagged resources", () -> inventory.candidates(query))
                    .stream())
        .filter(r -> !r.state().gone() && query.matches(r.tags()))
        .toList();
  }

  private <T> T call(Call call, String subject, Supplier<T> action) {
    try {
      return action.get();
    } catch (SdkException e) {
      throw failures.translate(e, call, subject);
    }
  }

  private static Optional<CloudResource> orEmptyIfNotFound(
      Supplier<Optional<CloudResource>> lookup) {
    try {
      return lookup.get();
    } catch (CloudException e) {
      if (e.kind() == FailureKind.NOT_FOUND) {
        return Optional.empty();
      }
      throw e;
    }
  }
}

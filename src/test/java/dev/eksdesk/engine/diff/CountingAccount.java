package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.TagQuery;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import dev.eksdesk.cloud.UpdateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An account that notes every mutating call (create, update, delete) on the way through, and when
 * each update was called and its status asked.
 */
final class CountingAccount implements CloudAccount {
  private final CloudAccount account;
  private final Supplier<Instant> clock;
  final List<String> mutations = new ArrayList<>();
  final List<Instant> updateCalls = new ArrayList<>();
  final List<Instant> statusPolls = new ArrayList<>();

  CountingAccount(CloudAccount account, Supplier<Instant> clock) {
    this.account = account;
    this.clock = clock;
  }

  @Override
  public CallerIdentity callerIdentity() {
    return account.callerIdentity();
  }

  @Override
  public CreateResult create(ResourceRequest request, ClientToken token, Map<String, String> tags) {
    mutations.add("create " + request.kind());
    return account.create(request, token, tags);
  }

  @Override
  public Optional<CloudResource> describe(ResourceKind kind, String id) {
    return account.describe(kind, id);
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest request, Map<String, String> tags) {
    return account.find(request, tags);
  }

  @Override
  public void delete(ResourceKind kind, String id) {
    mutations.add("delete " + kind);
    account.delete(kind, id);
  }

  @Override
  public UpdateResult update(
      ResourceKind kind,
      String id,
      UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags,
      ClientToken token) {
    mutations.add("update " + operation);
    updateCalls.add(clock.get());
    return account.update(kind, id, operation, desired, tags, token);
  }

  @Override
  public UpdateStatus updateStatus(ResourceKind kind, String id, String updateId) {
    statusPolls.add(clock.get());
    return account.updateStatus(kind, id, updateId);
  }

  @Override
  public List<CloudResource> inventory(TagQuery query) {
    return account.inventory(query);
  }
}

package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.Blocker;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An account that notes every mutating call (create, update, delete) on the way through. */
final class CountingAccount implements CloudAccount {
  private final CloudAccount account;
  final List<String> mutations = new ArrayList<>();

  CountingAccount(CloudAccount account) {
    this.account = account;
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
    return account.update(kind, id, operation, desired, tags, token);
  }

  @Override
  public UpdateStatus updateStatus(ResourceKind kind, String id, String updateId) {
    return account.updateStatus(kind, id, updateId);
  }

  @Override
  public List<Blocker> blockers(ResourceKind kind, String id) {
    return account.blockers(kind, id);
  }

  @Override
  public List<CloudResource> inventory(TagQuery query) {
    return account.inventory(query);
  }
}

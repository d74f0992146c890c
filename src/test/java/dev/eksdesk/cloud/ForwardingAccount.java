package dev.eksdesk.cloud;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An account that passes every call on to another: a test overrides only the calls it watches or
 * breaks.
 */
public abstract class ForwardingAccount implements CloudAccount {
  private final CloudAccount account;

  protected ForwardingAccount(CloudAccount account) {
    this.account = account;
  }

  @Override
  public CallerIdentity callerIdentity() {
    return account.callerIdentity();
  }

  @Override
  public CreateResult create(ResourceRequest request, ClientToken token, Map<String, String> tags) {
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
    return account.update(kind, id, operation, desired, tags, token);
  }

  @Override
  public UpdateStatus updateStatus(ResourceKind kind, String id, String updateId) {
    return account.updateStatus(kind, id, updateId);
  }

  @Override
  public Optional<String> addonVersion(String addon, String kubernetesVersion) {
    return account.addonVersion(addon, kubernetesVersion);
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

package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ForwardingAccount;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An account that notes every mutating call (create, update, delete) on the way through. */
final class CountingAccount extends ForwardingAccount {
  final List<String> mutations = new ArrayList<>();

  CountingAccount(CloudAccount account) {
    super(account);
  }

  @Override
  public CreateResult create(ResourceRequest request, ClientToken token, Map<String, String> tags) {
    mutations.add("create " + request.kind());
    return super.create(request, token, tags);
  }

  @Override
  public void delete(ResourceKind kind, String id) {
    mutations.add("delete " + kind);
    super.delete(kind, id);
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
    return super.update(kind, id, operation, desired, tags, token);
  }
}

package dev.eksdesk.engine.diff;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ForwardingAccount;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.UpdateOperation;
import dev.eksdesk.cloud.UpdateResult;
import dev.eksdesk.cloud.UpdateStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An account that notes every mutating call (create, update, delete) on the way through, and when
 * each update was called and its status asked.
 */
final class CountingAccount extends ForwardingAccount {
  private final Supplier<Instant> clock;
  final List<String> mutations = new ArrayList<>();
  final List<Instant> updateCalls = new ArrayList<>();
  final List<Instant> statusPolls = new ArrayList<>();

  CountingAccount(CloudAccount account, Supplier<Instant> clock) {
    super(account);
    this.clock = clock;
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
    updateCalls.add(clock.get());
    return super.update(kind, id, operation, desired, tags, token);
  }

  @Override
  public UpdateStatus updateStatus(ResourceKind kind, String id, String updateId) {
    statusPolls.add(clock.get());
    return super.updateStatus(kind, id, updateId);
  }
}

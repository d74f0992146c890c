package dev.eksdesk.engine.bench;

import dev.eksdesk.cloud.Blocker;
import dev.eksdesk.cloud.CallerIdentity;
import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** An account that answers at once and remembers nothing: what is left is the engine's cost. */
final class ZeroLatencyAccount implements CloudAccount {
  private final AtomicLong ids = new AtomicLong();

  @Override
  public CallerIdentity callerIdentity() {
    return new CallerIdentity("123456789012", "arn:aws:iam::123456789012:user/bench");
  }

  @Override
  public CreateResult create(ResourceRequest request, ClientToken token, Map<String, String> tags) {
    return CreateResult.of(
        new CloudResource(
            request.kind(), "r-" + ids.incrementAndGet(), ResourceState.READY, "", tags, Map.of()));
  }

  @Override
  public Optional<CloudResource> describe(ResourceKind kind, String id) {
    return Optional.of(new CloudResource(kind, id, ResourceState.READY, "", Map.of(), Map.of()));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest request, Map<String, String> tags) {
    return Optional.empty();
  }

  @Override
  public void delete(ResourceKind kind, String id) {}

  @Override
  public dev.eksdesk.cloud.UpdateResult update(
      ResourceKind kind,
      String id,
      dev.eksdesk.cloud.UpdateOperation operation,
      ResourceRequest desired,
      Map<String, String> tags,
      ClientToken token) {
    return dev.eksdesk.cloud.UpdateResult.done(id);
  }

  @Override
  public dev.eksdesk.cloud.UpdateStatus updateStatus(
      ResourceKind kind, String id, String updateId) {
    return dev.eksdesk.cloud.UpdateStatus.of(dev.eksdesk.cloud.UpdateStatus.State.SUCCESSFUL);
  }

  @Override
  public java.util.Optional<String> addonVersion(String addon, String kubernetesVersion) {
    return java.util.Optional.of("v1.0.0-eksbuild.1");
  }

  @Override
  public List<Blocker> blockers(ResourceKind kind, String id) {
    return List.of();
  }

  @Override
  public List<CloudResource> inventory(TagQuery query) {
    return List.of();
  }
}

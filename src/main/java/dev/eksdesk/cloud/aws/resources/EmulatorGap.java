package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What a handler does against an emulator (an endpoint override) that does not implement its calls:
 * moto 5.2 has no EKS add-ons or access entries. Only then, and only for the kinds wrapped in this,
 * the step is recorded as done with nothing behind it: create and describe answer a READY resource
 * whose reason and {@code emulated=false} attribute say so, find answers empty, delete NOT_FOUND,
 * inventory nothing. Against AWS this class is never in the chain.
 */
final class EmulatorGap<R extends ResourceRequest> implements CreatingHandler<R>, TaggedInventory {
  static final String REASON = "not emulated by the endpoint override; nothing was created";

  private final CreatingHandler<R> real;
  private final Function<R, String> idOf;

  EmulatorGap(CreatingHandler<R> real, Function<R, String> idOf) {
    this.real = real;
    this.idOf = idOf;
  }

  @Override
  public ResourceKind kind() {
    return real.kind();
  }

  @Override
  public Class<R> requestType() {
    return real.requestType();
  }

  @Override
  public CreateResult create(R request, ClientToken token, Map<String, String> tags) {
    return orElse(
        () -> real.create(request, token, tags),
        () -> CreateResult.of(placeholder(idOf.apply(request), tags)));
  }

  @Override
  public Optional<CloudResource> find(R request, Map<String, String> tags) {
    return orElse(() -> real.find(request, tags), Optional::empty);
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    return orElse(() -> real.describe(id), () -> Optional.of(placeholder(id, Map.of())));
  }

  @Override
  public void delete(String id) {
    orElse(
        () -> {
          real.delete(id);
          return null;
        },
        () -> {
          throw new CloudException(FailureKind.NOT_FOUND, "NotEmulated", id + ": " + REASON);
        });
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return real instanceof TaggedInventory inventory
        ? orElse(() -> inventory.candidates(query), List::of)
        : List.of();
  }

  /**
   * moto's server answers an operation it has no route for (EKS add-ons, access entries) with
   * werkzeug's HTML 404, and one it routes but does not implement with a bare 500; LocalStack with
   * 501. AWS's EKS always sends an error code (a missing add-on is ResourceNotFoundException), so a
   * code-less 404 or 500 here means "not emulated".
   */
  static boolean isNotEmulated(AwsServiceException e) {
    String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    boolean noCode = AwsCodes.of(e).isEmpty();
    return e.statusCode() == 501
        || message.contains("not yet implemented")
        || (noCode && (e.statusCode() == 404 || e.statusCode() == 500));
  }

  private static <T> T orElse(Supplier<T> call, Supplier<T> whenNotEmulated) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      if (isNotEmulated(e)) {
        return whenNotEmulated.get();
      }
      throw e;
    }
  }

  private CloudResource placeholder(String id, Map<String, String> tags) {
    return Resources.of(kind(), id, ResourceState.READY, REASON, tags, Map.of("emulated", "false"));
  }
}

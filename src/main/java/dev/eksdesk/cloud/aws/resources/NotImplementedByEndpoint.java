package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What a handler does when the endpoint answers that it does not implement its calls (moto 5.2 has
 * no EKS add-ons or access entries), on any endpoint: AWS implements them, so there this never
 * acts. A create fails as {@link FailureKind#NOT_IMPLEMENTED} (the engine records the step as
 * skipped with that reason); find and describe answer that nothing exists, delete NOT_FOUND,
 * inventory nothing. Wrapped because such an endpoint may also answer a bare 404, which for other
 * calls means "not visible yet".
 */
final class NotImplementedByEndpoint<R extends ResourceRequest>
    implements CreatingHandler<R>, TaggedInventory {
  static final String REASON = "the endpoint does not implement this operation";

  private final CreatingHandler<R> real;
  private final Function<R, String> idOf;

  NotImplementedByEndpoint(CreatingHandler<R> real, Function<R, String> idOf) {
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
        () -> {
          throw new CloudException(
              FailureKind.NOT_IMPLEMENTED,
              "NotImplemented",
              idOf.apply(request) + ": " + REASON + "; nothing was created");
        });
  }

  @Override
  public Optional<CloudResource> find(R request, Map<String, String> tags) {
    return orElse(() -> real.find(request, tags), Optional::empty);
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    return orElse(() -> real.describe(id), Optional::empty);
  }

  @Override
  public void delete(String id) {
    orElse(
        () -> {
          real.delete(id);
          return null;
        },
        () -> {
          throw new CloudException(FailureKind.NOT_FOUND, "NotImplemented", id + ": " + REASON);
        });
  }

  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return real instanceof TaggedInventory inventory
        ? orElse(() -> inventory.candidates(query), List::of)
        : List.of();
  }

  /**
   * {@link AwsCodes#isNotImplemented}, or a 404 without an error code: moto's answer to an
   * operation it has no route for. EKS always names a missing add-on or entry
   * (ResourceNotFoundException).
   */
  static boolean isNotImplemented(AwsServiceException e) {
    return AwsCodes.isNotImplemented(e) || (e.statusCode() == 404 && AwsCodes.of(e).isEmpty());
  }

  private static <T> T orElse(Supplier<T> call, Supplier<T> whenNotEmulated) {
    try {
      return call.get();
    } catch (AwsServiceException e) {
      if (isNotImplemented(e)) {
        return whenNotEmulated.get();
      }
      throw e;
    }
  }
}

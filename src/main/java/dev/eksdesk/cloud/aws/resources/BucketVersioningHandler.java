package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * PutBucketVersioning (Enabled), so an overwritten or deleted object can be recovered; id {@code
 * bucket|versioning}. Found only while versioning is on, so a suspended one is turned back on by
 * the next apply. Delete suspends it (S3 cannot turn versioning off once on).
 */
final class BucketVersioningHandler implements CreatingHandler<ResourceRequest.BucketVersioning> {
  private static final String SEPARATOR = "|";
  private static final String SUFFIX = "versioning";
  private final S3Client s3;

  BucketVersioningHandler(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.BUCKET_VERSIONING;
  }

  @Override
  public Class<ResourceRequest.BucketVersioning> requestType() {
    return ResourceRequest.BucketVersioning.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.BucketVersioning request, ClientToken token, Map<String, String> tags) {
    put(request.bucket(), BucketVersioningStatus.ENABLED);
    return CreateResult.of(toResource(request.bucket()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.BucketVersioning request, Map<String, String> tags) {
    return describe(CompositeId.of(request.bucket(), SEPARATOR, SUFFIX));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    boolean enabled =
        s3.getBucketVersioning(r -> r.bucket(bucket)).status() == BucketVersioningStatus.ENABLED;
    return enabled ? Optional.of(toResource(bucket)) : Optional.empty();
  }

  @Override
  public void delete(String id) {
    put(CompositeId.parse(id, SEPARATOR).parent(), BucketVersioningStatus.SUSPENDED);
  }

  private void put(String bucket, BucketVersioningStatus status) {
    s3.putBucketVersioning(r -> r.bucket(bucket).versioningConfiguration(v -> v.status(status)));
  }

  private static CloudResource toResource(String bucket) {
    return Resources.ready(
        ResourceKind.BUCKET_VERSIONING,
        CompositeId.of(bucket, SEPARATOR, SUFFIX),
        Map.of(),
        Resources.attributes().put("status", BucketVersioningStatus.ENABLED.toString()).build());
  }
}

package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * PutBucketEncryption (default server-side encryption); id {@code bucket|encryption}. Found only
 * when the bucket's default algorithm is the requested one.
 */
final class BucketEncryptionHandler implements CreatingHandler<ResourceRequest.BucketEncryption> {
  private static final String SEPARATOR = "|";
  private static final String SUFFIX = "encryption";
  private final S3Client s3;

  BucketEncryptionHandler(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.BUCKET_ENCRYPTION;
  }

  @Override
  public Class<ResourceRequest.BucketEncryption> requestType() {
    return ResourceRequest.BucketEncryption.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.BucketEncryption request, ClientToken token, Map<String, String> tags) {
    s3.putBucketEncryption(
        r ->
            r.bucket(request.bucket())
                .serverSideEncryptionConfiguration(
                    c ->
                        c.rules(
                            rule ->
                                rule.applyServerSideEncryptionByDefault(
                                        d -> d.sseAlgorithm(request.algorithm()))
                                    .bucketKeyEnabled(true))));
    return CreateResult.of(toResource(request.bucket(), request.algorithm()));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.BucketEncryption request, Map<String, String> tags) {
    return describe(CompositeId.of(request.bucket(), SEPARATOR, SUFFIX))
        .filter(found -> found.attribute("algorithm").equals(request.algorithm()));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    return s3
        .getBucketEncryption(r -> r.bucket(bucket))
        .serverSideEncryptionConfiguration()
        .rules()
        .stream()
        .filter(rule -> rule.applyServerSideEncryptionByDefault() != null)
        .findFirst()
        .map(
            rule ->
                toResource(
                    bucket, rule.applyServerSideEncryptionByDefault().sseAlgorithmAsString()));
  }

  @Override
  public void delete(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    s3.deleteBucketEncryption(r -> r.bucket(bucket));
  }

  private static CloudResource toResource(String bucket, String algorithm) {
    return Resources.ready(
        ResourceKind.BUCKET_ENCRYPTION,
        CompositeId.of(bucket, SEPARATOR, SUFFIX),
        Map.of(),
        Resources.attributes().put("algorithm", algorithm).build());
  }
}

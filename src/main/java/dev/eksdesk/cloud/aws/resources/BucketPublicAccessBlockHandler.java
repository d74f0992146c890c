package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;

/**
 * PutPublicAccessBlock with the four flags; id {@code bucket|public-access-block}. Found only when
 * the bucket's flags are the requested ones, so a loosened block is put back by the next apply.
 */
final class BucketPublicAccessBlockHandler
    implements CreatingHandler<ResourceRequest.BucketPublicAccessBlock> {
  private static final String SEPARATOR = "|";
  private static final String SUFFIX = "public-access-block";
  private final S3Client s3;

  BucketPublicAccessBlockHandler(S3Client s3) {
    this.s3 = s3;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.BUCKET_PUBLIC_ACCESS_BLOCK;
  }

  @Override
  public Class<ResourceRequest.BucketPublicAccessBlock> requestType() {
    return ResourceRequest.BucketPublicAccessBlock.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.BucketPublicAccessBlock request,
      ClientToken token,
      Map<String, String> tags) {
    PublicAccessBlockConfiguration flags = flags(request);
    s3.putPublicAccessBlock(r -> r.bucket(request.bucket()).publicAccessBlockConfiguration(flags));
    return CreateResult.of(toResource(request.bucket(), flags));
  }

  @Override
  public Optional<CloudResource> find(
      ResourceRequest.BucketPublicAccessBlock request, Map<String, String> tags) {
    return describe(CompositeId.of(request.bucket(), SEPARATOR, SUFFIX))
        .filter(
            found ->
                found
                    .attributes()
                    .equals(toResource(request.bucket(), flags(request)).attributes()));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    PublicAccessBlockConfiguration flags =
        s3.getPublicAccessBlock(r -> r.bucket(bucket)).publicAccessBlockConfiguration();
    return Optional.of(toResource(bucket, flags));
  }

  @Override
  public void delete(String id) {
    String bucket = CompositeId.parse(id, SEPARATOR).parent();
    s3.deletePublicAccessBlock(r -> r.bucket(bucket));
  }

  private static PublicAccessBlockConfiguration flags(
      ResourceRequest.BucketPublicAccessBlock request) {
    return PublicAccessBlockConfiguration.builder()
        .blockPublicAcls(request.blockPublicAcls())
        .ignorePublicAcls(request.ignorePublicAcls())
        .blockPublicPolicy(request.blockPublicPolicy())
        .restrictPublicBuckets(request.restrictPublicBuckets())
        .build();
  }

  private static CloudResource toResource(String bucket, PublicAccessBlockConfiguration flags) {
    return Resources.ready(
        ResourceKind.BUCKET_PUBLIC_ACCESS_BLOCK,
        CompositeId.of(bucket, SEPARATOR, SUFFIX),
        Map.of(),
        Resources.attributes()
            .put("blockPublicAcls", flags.blockPublicAcls())
            .put("ignorePublicAcls", flags.ignorePublicAcls())
            .put("blockPublicPolicy", flags.blockPublicPolicy())
            .put("restrictPublicBuckets", flags.restrictPublicBuckets())
            .build());
  }
}

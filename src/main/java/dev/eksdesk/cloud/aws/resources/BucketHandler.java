package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.TagQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * CreateBucket + PutBucketTagging (CreateBucket takes no tags); id is the bucket name. A bucket a
 * crash left untagged is ours when S3 says we already own it, and is tagged then.
 */
final class BucketHandler implements CreatingHandler<ResourceRequest.Bucket>, TaggedInventory {
  private final S3Client s3;
  private final Region region;

  BucketHandler(S3Client s3, Region region) {
    this.s3 = s3;
    this.region = region;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.S3_BUCKET;
  }

  @Override
  public Class<ResourceRequest.Bucket> requestType() {
    return ResourceRequest.Bucket.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.Bucket request, ClientToken token, Map<String, String> tags) {
    try {
      s3.createBucket(
          r -> {
            r.bucket(request.name());
            // us-east-1 is the one region S3 refuses to be named as a location constraint.
            if (!Region.US_EAST_1.id().equals(request.region())) {
              r.createBucketConfiguration(c -> c.locationConstraint(request.region()));
            }
          });
    } catch (AwsServiceException e) {
      if (!"BucketAlreadyOwnedByYou".equals(AwsCodes.of(e))) {
        throw e;
      }
    }
    s3.putBucketTagging(
        r ->
            r.bucket(request.name())
                .tagging(
                    t ->
                        t.tagSet(
                            Tags.toList(tags, (k, v) -> Tag.builder().key(k).value(v).build()))));
    return CreateResult.of(toResource(request.name(), tags));
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Bucket request, Map<String, String> tags) {
    return describe(request.name()).filter(bucket -> Tags.sameStep(bucket.tags(), tags));
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    s3.headBucket(r -> r.bucket(id));
    return Optional.of(toResource(id, tagsOf(id)));
  }

  /** S3 refuses to delete a bucket holding objects (BucketNotEmpty): Eksdesk never deletes data. */
  @Override
  public void delete(String id) {
    s3.deleteBucket(r -> r.bucket(id));
  }

  /** The buckets of this region only: the others answer from their own regional endpoints. */
  @Override
  public List<CloudResource> candidates(TagQuery query) {
    return s3.listBucketsPaginator(r -> r.bucketRegion(region.id())).buckets().stream()
        .map(bucket -> toResource(bucket.name(), tagsOf(bucket.name())))
        .toList();
  }

  private Map<String, String> tagsOf(String bucket) {
    try {
      return Tags.toMap(s3.getBucketTagging(r -> r.bucket(bucket)).tagSet(), Tag::key, Tag::value);
    } catch (AwsServiceException e) {
      if ("NoSuchTagSet".equals(AwsCodes.of(e))) {
        return Map.of();
      }
      throw e;
    }
  }

  private CloudResource toResource(String bucket, Map<String, String> tags) {
    return Resources.ready(
        ResourceKind.S3_BUCKET,
        bucket,
        tags,
        Resources.attributes().put("name", bucket).put("region", region.id()).build());
  }
}

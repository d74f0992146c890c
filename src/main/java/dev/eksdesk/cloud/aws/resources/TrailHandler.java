package dev.eksdesk.cloud.aws.resources;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.TagQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.ResourceTag;
import software.amazon.awssdk.services.cloudtrail.model.Tag;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudtrail.model.TrailInfo;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * CreateTrail + StartLogging into the plan's bucket; id is the trail name. CloudTrail refuses a
 * bucket that does not let it write, so the bucket policy it needs (limited to this trail by
 * aws:SourceArn) is put first. A trail found not logging (a crash after CreateTrail) is started.
 */
final class TrailHandler implements CreatingHandler<ResourceRequest.Trail>, TaggedInventory {
  /** ListTags takes at most 20 trail ARNs per call. */
  private static final int TAGS_BATCH = 20;

  private final CloudTrailClient cloudTrail;
  private final S3Client s3;
  private final Region region;
  private final Supplier<String> accountId;

  TrailHandler(
      CloudTrailClient cloudTrail, S3Client s3, Region region, Supplier<String> accountId) {
    this.cloudTrail = cloudTrail;
    this.s3 = s3;
    this.region = region;
    this.accountId = accountId;
  }

  @Override
  public ResourceKind kind() {
    return ResourceKind.CLOUDTRAIL_TRAIL;
  }

  @Override
  public Class<ResourceRequest.Trail> requestType() {
    return ResourceRequest.Trail.class;
  }

  @Override
  public CreateResult create(
      ResourceRequest.Trail request, ClientToken token, Map<String, String> tags) {
    s3.putBucketPolicy(r -> r.bucket(request.bucket()).policy(bucketPolicy(request)));
    cloudTrail.createTrail(
        r ->
            r.name(request.name())
                .s3BucketName(request.bucket())
                .isMultiRegionTrail(request.multiRegion())
                .includeGlobalServiceEvents(true)
                .tagsList(Tags.toList(tags, (k, v) -> Tag.builder().key(k).value(v).build())));
    cloudTrail.startLogging(r -> r.name(request.name()));
    return CreateResult.of(describe(request.name()).orElseThrow());
  }

  @Override
  public Optional<CloudResource> find(ResourceRequest.Trail request, Map<String, String> tags) {
    Optional<CloudResource> trail =
        describe(request.name()).filter(t -> Tags.sameStep(t.tags(), tags));
    trail
        .filter(t -> !Boolean.parseBoolean(t.attribute("logging")))
        .ifPresent(t -> cloudTrail.startLogging(r -> r.name(request.name())));
    return trail;
  }

  @Override
  public Optional<CloudResource> describe(String id) {
    Trail trail = cloudTrail.getTrail(r -> r.name(id)).trail();
    boolean logging = cloudTrail.getTrailStatus(r -> r.name(id)).isLogging();
    Map<String, String> tags =
        tagsOf(List.of(trail.trailARN())).getOrDefault(trail.trailARN(), Map.of());
    return Optional.of(
        toResource(
            trail.name(),
            trail.trailARN(),
            tags,
            Resources.attributes().put("bucket", trail.s3BucketName()).put("logging", logging)));
  }

  @Override
  public void delete(String id) {
    cloudTrail.deleteTrail(r -> r.name(id));
  }

  /** Trails whose home is this region (a multi-region trail is listed in every region). */
  @Override
  public List<CloudResource> candidates(TagQuery query) {
    List<TrailInfo> trails =
        cloudTrail.listTrailsPaginator(r -> {}).trails().stream()
            .filter(t -> region.id().equals(t.homeRegion()))
            .toList();
    List<CloudResource> found = new ArrayList<>();
    for (int from = 0; from < trails.size(); from += TAGS_BATCH) {
      List<TrailInfo> batch = trails.subList(from, Math.min(trails.size(), from + TAGS_BATCH));
      Map<String, Map<String, String>> tags =
          tagsOf(batch.stream().map(TrailInfo::trailARN).toList());
      batch.forEach(
          t ->
              found.add(
                  toResource(
                      t.name(),
                      t.trailARN(),
                      tags.getOrDefault(t.trailARN(), Map.of()),
                      Resources.attributes())));
    }
    return found;
  }

  private Map<String, Map<String, String>> tagsOf(List<String> arns) {
    Map<String, Map<String, String>> byArn = new HashMap<>();
    for (ResourceTag resource :
        cloudTrail.listTagsPaginator(r -> r.resourceIdList(arns)).resourceTagList()) {
      byArn.put(resource.resourceId(), Tags.toMap(resource.tagsList(), Tag::key, Tag::value));
    }
    return byArn;
  }

  private String bucketPolicy(ResourceRequest.Trail request) {
    String trailArn =
        "arn:aws:cloudtrail:" + region.id() + ":" + accountId.get() + ":trail/" + request.name();
    String bucketArn = "arn:aws:s3:::" + request.bucket();
    String condition = "{\"StringEquals\":{\"aws:SourceArn\":\"" + trailArn + "\"}}";
    return "{\"Version\":\"2012-10-17\",\"Statement\":["
        + "{\"Sid\":\"CloudTrailAclCheck\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
        + "\"Action\":\"s3:GetBucketAcl\",\"Resource\":\""
        + bucketArn
        + "\",\"Condition\":"
        + condition
        + "},{\"Sid\":\"CloudTrailWrite\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
        + "\"Action\":\"s3:PutObject\",\"Resource\":\""
        + bucketArn
        + "/AWSLogs/"
        + accountId.get()
        + "/*\",\"Condition\":{\"StringEquals\":{\"s3:x-amz-acl\":\"bucket-owner-full-control\","
        + "\"aws:SourceArn\":\""
        + trailArn
        + "\"}}}]}";
  }

  private static CloudResource toResource(
      String name, String arn, Map<String, String> tags, Resources.Attributes attributes) {
    return Resources.ready(
        ResourceKind.CLOUDTRAIL_TRAIL,
        name,
        tags,
        attributes.put("name", name).put("arn", arn).build());
  }
}

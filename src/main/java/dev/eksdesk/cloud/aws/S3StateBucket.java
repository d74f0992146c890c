package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * A bucket fit for a team's shared state: versioned (an overwritten journal can be recovered),
 * encrypted by default and closed to the public. Eksdesk creates one so on request and says what an
 * existing one lacks.
 */
final class S3StateBucket {
  private final S3Client s3;

  S3StateBucket(S3Client s3) {
    this.s3 = s3;
  }

  /** Creates it in the client's region with all three; false when the caller already owns it. */
  boolean create(String bucket) {
    String region = s3.serviceClientConfiguration().region().id();
    try {
      s3.createBucket(
          r -> {
            r.bucket(bucket);
            // us-east-1 is the one region S3 refuses to be named as a location constraint.
            if (!Region.US_EAST_1.id().equals(region)) {
              r.createBucketConfiguration(c -> c.locationConstraint(region));
            }
          });
    } catch (AwsServiceException e) {
      if ("BucketAlreadyOwnedByYou".equals(S3StateObjects.code(e))) {
        return false;
      }
      if ("BucketAlreadyExists".equals(S3StateObjects.code(e))) {
        throw new CloudException(
            FailureKind.INVALID,
            "BucketAlreadyExists",
            "the bucket name "
                + bucket
                + " is taken by another AWS account (bucket names are global). Choose another"
                + " name.");
      }
      throw e;
    }
    s3.putPublicAccessBlock(
        r ->
            r.bucket(bucket)
                .publicAccessBlockConfiguration(
                    PublicAccessBlockConfiguration.builder()
                        .blockPublicAcls(true)
                        .ignorePublicAcls(true)
                        .blockPublicPolicy(true)
                        .restrictPublicBuckets(true)
                        .build()));
    s3.putBucketEncryption(
        r ->
            r.bucket(bucket)
                .serverSideEncryptionConfiguration(
                    c ->
                        c.rules(
                            rule ->
                                rule.applyServerSideEncryptionByDefault(
                                    d -> d.sseAlgorithm(ServerSideEncryption.AES256)))));
    s3.putBucketVersioning(
        r ->
            r.bucket(bucket)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    return true;
  }

  /** What it lacks of versioning, default encryption and blocked public access, in words. */
  List<String> shortfalls(String bucket) {
    List<String> missing = new ArrayList<>();
    if (s3.getBucketVersioning(r -> r.bucket(bucket)).status() != BucketVersioningStatus.ENABLED) {
      missing.add("versioning is off (an overwritten journal cannot be recovered)");
    }
    if (!has(() -> s3.getBucketEncryption(r -> r.bucket(bucket)))) {
      missing.add("no default encryption");
    }
    if (!publicAccessBlocked(bucket)) {
      missing.add("public access is not blocked");
    }
    return missing;
  }

  private boolean publicAccessBlocked(String bucket) {
    try {
      PublicAccessBlockConfiguration block =
          s3.getPublicAccessBlock(r -> r.bucket(bucket)).publicAccessBlockConfiguration();
      return Boolean.TRUE.equals(block.blockPublicAcls())
          && Boolean.TRUE.equals(block.ignorePublicAcls())
          && Boolean.TRUE.equals(block.blockPublicPolicy())
          && Boolean.TRUE.equals(block.restrictPublicBuckets());
    } catch (AwsServiceException e) {
      if (e.statusCode() == 404) { // NoSuchPublicAccessBlockConfiguration
        return false;
      }
      throw e;
    }
  }

  /**
   * S3 answers a bucket without the setting with 404 (ServerSideEncryptionConfigurationNotFound).
   */
  private static boolean has(Runnable read) {
    try {
      read.run();
      return true;
    } catch (AwsServiceException e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }
}

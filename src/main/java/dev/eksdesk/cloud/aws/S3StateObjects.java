package dev.eksdesk.cloud.aws;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.StateObjects;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * Shared journals and locks in S3 with its conditional writes: {@code If-None-Match: *} to create,
 * {@code If-Match} on the ETag to replace. A refused condition (412, or 409 for two writes at the
 * same moment) is {@link ObjectChangedException}; every object is written encrypted (SSE-S3).
 */
public final class S3StateObjects implements StateObjects {
  private static final Set<Integer> CONDITION_FAILED = Set.of(409, 412);

  private final S3Client s3;
  private final S3StateBucket buckets;

  public S3StateObjects(S3Client s3) {
    this.s3 = s3;
    this.buckets = new S3StateBucket(s3);
  }

  @Override
  public boolean createBucket(String bucket) {
    try {
      return buckets.create(bucket);
    } catch (AwsServiceException e) {
      throw failure(bucket, "", e);
    }
  }

  @Override
  public List<String> bucketShortfalls(String bucket) {
    try {
      return buckets.shortfalls(bucket);
    } catch (AwsServiceException e) {
      throw failure(bucket, "", e);
    }
  }

  @Override
  public Optional<StoredObject> get(String bucket, String key) {
    try {
      ResponseBytes<GetObjectResponse> object =
          s3.getObjectAsBytes(request -> request.bucket(bucket).key(key));
      return Optional.of(new StoredObject(object.asByteArray(), object.response().eTag()));
    } catch (AwsServiceException e) {
      if ("NoSuchKey".equals(code(e))
          || (e.statusCode() == 404 && !"NoSuchBucket".equals(code(e)))) {
        return Optional.empty();
      }
      throw failure(bucket, key, e);
    } catch (SdkException e) {
      throw failure(bucket, key, e);
    }
  }

  @Override
  public String create(String bucket, String key, byte[] body) throws ObjectChangedException {
    return put(request(bucket, key).ifNoneMatch("*").build(), body, bucket, key);
  }

  @Override
  public String replace(String bucket, String key, byte[] body, String etag)
      throws ObjectChangedException {
    return put(request(bucket, key).ifMatch(etag).build(), body, bucket, key);
  }

  @Override
  public void delete(String bucket, String key) {
    try {
      s3.deleteObject(request -> request.bucket(bucket).key(key));
    } catch (AwsServiceException e) {
      if (!"NoSuchKey".equals(code(e))) {
        throw failure(bucket, key, e);
      }
    } catch (SdkException e) {
      throw failure(bucket, key, e);
    }
  }

  private static PutObjectRequest.Builder request(String bucket, String key) {
    return PutObjectRequest.builder()
        .bucket(bucket)
        .key(key)
        .contentType("application/json")
        .serverSideEncryption(ServerSideEncryption.AES256);
  }

  private String put(PutObjectRequest request, byte[] body, String bucket, String key)
      throws ObjectChangedException {
    try {
      return s3.putObject(request, RequestBody.fromBytes(body)).eTag();
    } catch (AwsServiceException e) {
      // If-Match on an object deleted since: S3 answers 404 NoSuchKey, the same lost race
      if (CONDITION_FAILED.contains(e.statusCode()) || "NoSuchKey".equals(code(e))) {
        throw new ObjectChangedException("s3://" + bucket + "/" + key);
      }
      throw failure(bucket, key, e);
    } catch (SdkException e) {
      throw failure(bucket, key, e);
    }
  }

  static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
  }

  /** In words, with what to do: the shared state is where the cluster's records go. */
  private static CloudException failure(String bucket, String key, SdkException e) {
    String where = "s3://" + bucket + "/" + key;
    if (e instanceof AwsServiceException service) {
      String code = code(service);
      if ("NoSuchBucket".equals(code)) {
        return new CloudException(
            FailureKind.NOT_FOUND,
            code,
            "the bucket "
                + bucket
                + " of the cluster's shared state does not exist. Create it (versioning on,"
                + " public access blocked: `eksdesk state push NAME --to s3://"
                + bucket
                + "/PREFIX --create-bucket` does) or correct `state:` in the spec.");
      }
      if (service.statusCode() == 403) {
        return new CloudException(
            FailureKind.ACCESS_DENIED,
            code,
            "these credentials may not read or write "
                + where
                + ". Allow s3:GetObject, s3:PutObject and s3:DeleteObject on it, or use a"
                + " profile that may.");
      }
      return new CloudException(
          FailureKind.UNKNOWN, code, where + ": " + service.getMessage(), false, e);
    }
    return new CloudException(
        FailureKind.UNKNOWN,
        "Unreachable",
        "S3 did not answer for "
            + where
            + " ("
            + e.getMessage()
            + "). Check the network and retry.",
        true,
        e);
  }
}

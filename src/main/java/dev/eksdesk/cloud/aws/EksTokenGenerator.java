package dev.eksdesk.cloud.aws;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

/**
 * Makes the token {@code aws eks get-token} makes, in-process: a presigned STS GetCallerIdentity
 * URL bound to the cluster by the signed {@code x-k8s-aws-id} header. The cluster's authenticator
 * calls that URL to learn who the bearer is; no secret leaves this process.
 */
public final class EksTokenGenerator {

  static final String PREFIX = "k8s-aws-v1.";
  static final String CLUSTER_HEADER = "x-k8s-aws-id";

  /** What the AWS CLI uses; the authenticator only checks that the URL is not older than 15 min. */
  private static final Duration PRESIGN_EXPIRY = Duration.ofSeconds(60);

  /** EKS accepts a token for 15 minutes after signing; renewing after 14 leaves a margin. */
  private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(14);

  private final AwsCredentialsProvider credentials;
  private final Region region;
  private final Clock clock;
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

  public EksTokenGenerator(AwsCredentialsProvider credentials, Region region, Clock clock) {
    this.credentials = credentials;
    this.region = region;
    this.clock = clock;
  }

  public EksToken tokenFor(String clusterName) {
    Instant signedAt = clock.instant();
    SdkHttpRequest request =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.GET)
            .protocol("https")
            .host(stsHost())
            .encodedPath("/")
            .putRawQueryParameter("Action", "GetCallerIdentity")
            .putRawQueryParameter("Version", "2011-06-15")
            .putHeader(CLUSTER_HEADER, clusterName)
            .build();
    SdkHttpRequest presigned =
        signer
            .sign(
                sign ->
                    sign.identity(credentials.resolveCredentials())
                        .request(request)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sts")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())
                        .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, PRESIGN_EXPIRY)
                        .putProperty(
                            AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, clock.getZone())))
            .request();
    String url = presigned.getUri().toString();
    String encoded =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(url.getBytes(StandardCharsets.UTF_8));
    return new EksToken(PREFIX + encoded, signedAt.plus(TOKEN_LIFETIME));
  }

  /** The regional STS endpoint, in the region's partition (amazonaws.com.cn in China). */
  private String stsHost() {
    return "sts." + region.id() + "." + PartitionMetadata.of(region).dnsSuffix();
  }
}

package dev.eksdesk.cloud.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;

/**
 * Everything {@link AwsClients} needs to build its clients.
 *
 * @param endpointOverride a single endpoint for every service (LocalStack, moto), empty for AWS
 * @param apiCallTimeout the whole call, retries included
 * @param apiCallAttemptTimeout one HTTP attempt
 * @param maxAttempts first attempt plus retries
 */
public record AwsClientSettings(
    Region region,
    AwsCredentialsProvider credentials,
    Optional<URI> endpointOverride,
    Duration apiCallTimeout,
    Duration apiCallAttemptTimeout,
    RetryMode retryMode,
    int maxAttempts) {

  /**
   * Adaptive mode slows the client down itself when EC2's token buckets run dry, instead of
   * spending its retries in a throttling storm.
   */
  public static AwsClientSettings forAws(Region region, AwsCredentialsProvider credentials) {
    return new AwsClientSettings(
        region,
        credentials,
        Optional.empty(),
        Duration.ofSeconds(60),
        Duration.ofSeconds(20),
        RetryMode.ADAPTIVE_V2,
        5);
  }

  public AwsClientSettings {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(endpointOverride, "endpointOverride");
    Objects.requireNonNull(apiCallTimeout, "apiCallTimeout");
    Objects.requireNonNull(apiCallAttemptTimeout, "apiCallAttemptTimeout");
    Objects.requireNonNull(retryMode, "retryMode");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  public AwsClientSettings withEndpointOverride(URI endpoint) {
    return new AwsClientSettings(
        region,
        credentials,
        Optional.of(endpoint),
        apiCallTimeout,
        apiCallAttemptTimeout,
        retryMode,
        maxAttempts);
  }

  public AwsClientSettings withRetries(RetryMode mode, int attempts) {
    return new AwsClientSettings(
        region,
        credentials,
        endpointOverride,
        apiCallTimeout,
        apiCallAttemptTimeout,
        mode,
        attempts);
  }
}

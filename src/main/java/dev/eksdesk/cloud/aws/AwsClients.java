package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.aws.resources.SdkClients;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS clients of one session: each created on first use, then reused, all sharing one HTTP
 * client, one retry policy and one {@link ApiCallCounter}. Thread-safe.
 */
public final class AwsClients implements SdkClients, AutoCloseable {

  /** Cost Explorer has a single endpoint, in us-east-1, whatever region the cluster is in. */
  private static final Region COST_EXPLORER_REGION = Region.US_EAST_1;

  /** The Price List API answers from us-east-1 for every region's prices. */
  private static final Region PRICING_REGION = Region.US_EAST_1;

  /**
   * IAM is global; the SDK signs it for aws-global. A region such as eu-west-1 would make the SDK
   * resolve a regional IAM host that does not exist.
   */
  private static final Region IAM_REGION = Region.AWS_GLOBAL;

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  private final AwsClientSettings settings;
  private final ApiCallCounter counter;
  private final SdkHttpClient httpClient;
  private final Map<Class<? extends SdkClient>, SdkClient> clients = new ConcurrentHashMap<>();
  private final boolean ownsHttpClient;
  private AwsClients singleAttempt;
  private volatile boolean closed;

  public AwsClients(AwsClientSettings settings, ApiCallCounter counter) {
    this(
        settings,
        counter,
        UrlConnectionHttpClient.builder()
            .connectionTimeout(CONNECT_TIMEOUT)
            .socketTimeout(settings.apiCallAttemptTimeout())
            .build(),
        true);
  }

  private AwsClients(
      AwsClientSettings settings,
      ApiCallCounter counter,
      SdkHttpClient httpClient,
      boolean ownsHttpClient) {
    this.settings = settings;
    this.counter = counter;
    this.httpClient = httpClient;
    this.ownsHttpClient = ownsHttpClient;
  }

  /**
   * The same account's clients making one attempt per call, for the engine, which retries itself
   * (docs/adr/0005-one-retry-layer.md); they share this one's HTTP client and call counter and
   * close with it.
   */
  public synchronized AwsClients singleAttempt() {
    if (settings.maxAttempts() == 1) {
      return this;
    }
    if (singleAttempt == null) {
      singleAttempt =
          new AwsClients(settings.withRetries(settings.retryMode(), 1), counter, httpClient, false);
    }
    return singleAttempt;
  }

  /**
   * The clients for an account choice, with the default settings.
   *
   * @param endpointUrl an emulator's address (LocalStack, moto), empty for AWS itself
   */
  public static AwsClients open(
      AccountChoice choice, String region, String endpointUrl, AwsProfiles profiles) {
    AwsClientSettings settings =
        AwsClientSettings.forAws(
            Region.of(region), new CredentialsProviders(profiles).providerFor(choice));
    if (endpointUrl != null && !endpointUrl.isBlank()) {
      settings = settings.withEndpointOverride(URI.create(endpointUrl.trim()));
    }
    return new AwsClients(settings, new ApiCallCounter());
  }

  @Override
  public Region region() {
    return settings.region();
  }

  public AwsClientSettings settings() {
    return settings;
  }

  public ApiCallCounter counter() {
    return counter;
  }

  public Ec2Client ec2() {
    return client(Ec2Client.class, () -> configure(Ec2Client.builder(), settings.region()).build());
  }

  public EksClient eks() {
    return client(EksClient.class, () -> configure(EksClient.builder(), settings.region()).build());
  }

  public IamClient iam() {
    return client(IamClient.class, () -> configure(IamClient.builder(), IAM_REGION).build());
  }

  public StsClient sts() {
    return client(StsClient.class, () -> configure(StsClient.builder(), settings.region()).build());
  }

  public S3Client s3() {
    // Emulators serve every bucket from one host, so bucket names must go in the path there.
    return client(
        S3Client.class,
        () ->
            configure(S3Client.builder(), settings.region())
                .forcePathStyle(settings.endpointOverride().isPresent())
                .build());
  }

  public CloudWatchClient cloudWatch() {
    return client(
        CloudWatchClient.class,
        () -> configure(CloudWatchClient.builder(), settings.region()).build());
  }

  public CostExplorerClient costExplorer() {
    return client(
        CostExplorerClient.class,
        () -> configure(CostExplorerClient.builder(), COST_EXPLORER_REGION).build());
  }

  public PricingClient pricing() {
    return client(
        PricingClient.class, () -> configure(PricingClient.builder(), PRICING_REGION).build());
  }

  public CloudTrailClient cloudTrail() {
    return client(
        CloudTrailClient.class,
        () -> configure(CloudTrailClient.builder(), settings.region()).build());
  }

  public AutoScalingClient autoScaling() {
    return client(
        AutoScalingClient.class,
        () -> configure(AutoScalingClient.builder(), settings.region()).build());
  }

  /** Classic load balancers (the elb API), as Kubernetes' in-tree controller makes them. */
  public ElasticLoadBalancingClient elb() {
    return client(
        ElasticLoadBalancingClient.class,
        () -> configure(ElasticLoadBalancingClient.builder(), settings.region()).build());
  }

  public ElasticLoadBalancingV2Client elbv2() {
    return client(
        ElasticLoadBalancingV2Client.class,
        () -> configure(ElasticLoadBalancingV2Client.builder(), settings.region()).build());
  }

  /** Closes every client created so far, then the shared HTTP client. */
  @Override
  public void close() {
    closed = true;
    List<SdkClient> created = new ArrayList<>(clients.values());
    clients.clear();
    created.forEach(SdkClient::close);
    synchronized (this) {
      if (singleAttempt != null) {
        singleAttempt.close();
      }
    }
    if (ownsHttpClient) {
      httpClient.close();
    }
  }

  private <T extends SdkClient> T client(Class<T> type, Supplier<T> factory) {
    if (closed) {
      throw new IllegalStateException("AwsClients is closed");
    }
    return type.cast(clients.computeIfAbsent(type, key -> factory.get()));
  }

  private <B extends AwsSyncClientBuilder<B, C> & AwsClientBuilder<B, C>, C> B configure(
      B builder, Region region) {
    builder
        .httpClient(httpClient)
        .region(region)
        .credentialsProvider(settings.credentials())
        .overrideConfiguration(overrideConfiguration());
    settings.endpointOverride().ifPresent(builder::endpointOverride);
    return builder;
  }

  private ClientOverrideConfiguration overrideConfiguration() {
    return ClientOverrideConfiguration.builder()
        .apiCallTimeout(settings.apiCallTimeout())
        .apiCallAttemptTimeout(settings.apiCallAttemptTimeout())
        .retryStrategy(
            AwsRetryStrategy.forRetryMode(settings.retryMode()).toBuilder()
                .maxAttempts(settings.maxAttempts())
                .build())
        .addExecutionInterceptor(counter)
        .build();
  }
}

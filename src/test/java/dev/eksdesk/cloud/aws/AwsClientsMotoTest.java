package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.aws.ApiCallCounter.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;

class AwsClientsMotoTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private AwsClients clients;

  @BeforeEach
  void openClients() {
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
  }

  @AfterEach
  void closeClients() {
    clients.close();
  }

  @Test
  void reusesOneClientPerService() {
    assertThat(clients.ec2()).isSameAs(clients.ec2());
    assertThat(clients.costExplorer()).isSameAs(clients.costExplorer());
  }

  @Test
  void countsCallsPerServiceAndOperation() {
    clients.ec2().describeVpcs();
    clients.ec2().describeVpcs();
    clients.sts().getCallerIdentity();

    assertThat(clients.counter().snapshot())
        .containsEntry(new Operation("Ec2", "DescribeVpcs"), 2L)
        .containsEntry(new Operation("Sts", "GetCallerIdentity"), 1L)
        .hasSize(2);
  }

  @Test
  void snapshotAndResetStartsTheNextRefreshFromZero() {
    clients.ec2().describeVpcs();

    assertThat(clients.counter().snapshotAndReset()).hasSize(1);
    clients.sts().getCallerIdentity();

    assertThat(clients.counter().snapshot())
        .containsOnlyKeys(new Operation("Sts", "GetCallerIdentity"));
  }

  @Test
  void talksToEveryServiceThroughTheOverride() {
    assertThat(clients.ec2().describeVpcs().vpcs()).isNotEmpty(); // moto's default VPC
    clients.s3().createBucket(b -> b.bucket("eksdesk-clients-test"));
    assertThat(clients.s3().listBuckets().buckets())
        .extracting(bucket -> bucket.name())
        .contains("eksdesk-clients-test");
    assertThat(clients.eks().listClusters().clusters()).isEmpty();
    assertThat(clients.iam().listRoles().roles()).isNotNull();
    assertThat(clients.autoScaling().describeAutoScalingGroups().autoScalingGroups()).isEmpty();
    assertThat(clients.cloudTrail().describeTrails().trailList()).isEmpty();
  }

  @Test
  void closeShutsDownCreatedClientsAndRefusesNewOnes() {
    var ec2 = clients.ec2();
    clients.close();

    assertThatThrownBy(ec2::describeVpcs).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(clients::sts)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void theEngineClientsMakeOneAttemptShareTheCounterAndCloseWithTheSession() {
    AwsClients retrying =
        new AwsClients(
            MOTO.settings(Region.EU_WEST_1).withRetries(RetryMode.ADAPTIVE_V2, 5),
            new ApiCallCounter());
    AwsClients engine = retrying.singleAttempt();

    assertThat(engine.settings().maxAttempts()).isEqualTo(1);
    assertThat(engine.settings().retryMode()).isEqualTo(RetryMode.ADAPTIVE_V2);
    assertThat(retrying.singleAttempt()).isSameAs(engine);
    engine.sts().getCallerIdentity();
    assertThat(retrying.counter().snapshot())
        .containsEntry(new Operation("Sts", "GetCallerIdentity"), 1L);

    retrying.close();
    assertThatThrownBy(engine::sts).isInstanceOf(IllegalStateException.class);
  }
}

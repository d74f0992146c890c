package dev.eksdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.cloud.sandbox.SandboxAccount;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.kube.Eventually;
import dev.eksdesk.kube.KubeClients;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A LoadBalancer Service in a sandbox cluster gets a load balancer and its security group in the
 * sandbox account, tagged as the AWS Load Balancer Controller tags them, and destroy removes them
 * with the rest of the cluster.
 */
class SandboxServiceLoadBalancerTest {
  @TempDir Path home;

  @Test
  void theServicesLoadBalancerAndGroupAreInTheVpcAndDestroyLeavesNothing() throws Exception {
    AppliedSandbox sandbox = AppliedSandbox.defaultSpec(home);
    SandboxAccount account = sandbox.account();
    String cluster = sandbox.spec().name();
    AtomicReference<String> hostname = new AtomicReference<>();
    try (SandboxClusterRuntime runtime =
            SandboxClusterRuntime.start(
                home,
                sandbox.spec(),
                sandbox::account,
                AppliedSandbox.CATALOG,
                Duration.ofMillis(200));
        KubernetesClient client = KubeClients.connect(runtime.endpoint())) {
      client
          .services()
          .inNamespace("default")
          .resource(
              new ServiceBuilder()
                  .withNewMetadata()
                  .withName("web")
                  .endMetadata()
                  .withNewSpec()
                  .withType("LoadBalancer")
                  .withSelector(java.util.Map.of("app", "web"))
                  .addNewPort()
                  .withPort(80)
                  .endPort()
                  .endSpec()
                  .build())
          .create();

      Eventually.within(
          Duration.ofSeconds(20),
          () -> {
            Service web = client.services().inNamespace("default").withName("web").get();
            hostname.set(web.getStatus().getLoadBalancer().getIngress().get(0).getHostname());
            assertThat(hostname.get()).isNotBlank();
          });
    }

    String vpc = only(account, ResourceKind.VPC, ResourceTags.CLUSTER).id();
    CloudResource balancer = only(account, ResourceKind.LOAD_BALANCER, "elbv2.k8s.aws/cluster");
    CloudResource group =
        account.inventory(ResourceTags.ownedBy(cluster)).stream()
            .filter(r -> r.kind() == ResourceKind.SECURITY_GROUP)
            .filter(r -> cluster.equals(r.tag("elbv2.k8s.aws/cluster")))
            .findFirst()
            .orElseThrow();
    assertThat(balancer.attributes())
        .containsEntry("dnsName", hostname.get())
        .containsEntry("vpcId", vpc)
        .containsEntry("type", "network");
    assertThat(balancer.tags()).containsEntry("service.k8s.aws/stack", "default/web");
    assertThat(balancer.tags()).doesNotContainKey(ResourceTags.CLUSTER);
    assertThat(group.attributes()).containsEntry("vpcId", vpc);
    assertThat(group.tags())
        .containsEntry("service.k8s.aws/stack", "default/web")
        .doesNotContainKey(ResourceTags.CLUSTER);
    assertThat(hostname.get())
        .startsWith("k8s-default-web-")
        .endsWith(".elb." + sandbox.spec().region() + ".amazonaws.com");

    RunSummary destroyed = destroy(sandbox);

    assertThat(destroyed.outcome()).as(destroyed.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(account.inventory(ResourceTags.ownedBy(cluster))).isEmpty();
    assertThat(account.everything())
        .extracting(CloudResource::id)
        .doesNotContain(balancer.id(), group.id(), vpc);
  }

  private static CloudResource only(SandboxAccount account, ResourceKind kind, String tag) {
    List<CloudResource> found =
        account.everything().stream()
            .filter(r -> r.kind() == kind && r.tags().containsKey(tag))
            .toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private RunSummary destroy(AppliedSandbox sandbox) throws Exception {
    try (ClusterJournal journal =
        new JournalStore(home, sandbox.clock()).open(sandbox.spec().name())) {
      EngineRun run =
          new Engine(sandbox.account(), sandbox.clock(), EngineSettings.defaults())
              .destroy(
                  new ClusterPlanner(AppliedSandbox.CATALOG)
                      .plan(sandbox.spec(), "203.0.113.10/32"),
                  journal);
      run.start();
      sandbox.clock().runUntilIdle();
      return run.completion().getNow(null);
    }
  }
}

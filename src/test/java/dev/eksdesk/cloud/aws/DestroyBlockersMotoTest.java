package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.exec.Engine;
import dev.eksdesk.engine.exec.EngineEvent;
import dev.eksdesk.engine.exec.EngineRun;
import dev.eksdesk.engine.exec.EngineSettings;
import dev.eksdesk.engine.exec.RunOutcome;
import dev.eksdesk.engine.exec.RunSummary;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Plan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * Destroy against moto when something Eksdesk did not make sits in the cluster's VPC (a subnet and
 * an ENI made with plain SDK calls): it stops waiting within three minutes of the account's time,
 * fails naming the ENI and the subnet, and completes once they are gone. Load balancers Kubernetes
 * made for the cluster (elbv2 and classic) go with it; anyone else's stay.
 */
class DestroyBlockersMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  /** Slow enough that moto's own latency does not stretch the account's clock much. */
  private static final double SPEED = 20;

  private static final Region REGION = Region.of(DefaultSpecs.REGION);

  @TempDir Path home;

  private AwsClients clients;
  private RealtimeScheduler scheduler;
  private AwsCloudAccount account;
  private Plan plan;
  private final List<EngineEvent.StepFailed> failures = new CopyOnWriteArrayList<>();
  private volatile java.time.Instant vpcStarted;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(REGION), new ApiCallCounter());
    scheduler = new RealtimeScheduler(SPEED, 4);
    account = new AwsCloudAccount(clients, new AccountChoice.Environment());
    plan =
        new ClusterPlanner(InstanceCatalog.bundled())
            .plan(DefaultSpecs.firstCluster(), "203.0.113.10/32");
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
    clients.close();
  }

  @Test
  void aForeignSubnetAndEniStopDestroyInBoundedTimeNamedThenItCompletes() throws Exception {
    RunSummary applied =
        run(
            engine ->
                journal ->
                    engine.apply(
                        plan, journal, Map.of(), new PrivateKeyFile(home.resolve("key.pem"))));
    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    String vpc = journalId("vpc");
    var ec2 = clients.ec2();
    String subnet =
        ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.250.0/24")).subnet().subnetId();
    String eni =
        ec2.createNetworkInterface(r -> r.subnetId(subnet).description("my test interface"))
            .networkInterface()
            .networkInterfaceId();

    RunSummary blocked = run(engine -> journal -> engine.destroy(plan, journal));

    assertThat(blocked.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(Duration.between(vpcStarted, failures.get(0).at()))
        .as("from the VPC's first delete to giving up, on the account's clock")
        .isLessThan(Duration.ofMinutes(3));
    assertThat(blocked.failed()).containsExactly("vpc");
    assertThat(failures)
        .as("%s", failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.cause())
                    .contains(vpc)
                    .contains(
                        "ENI "
                            + eni
                            + " (\"my test interface\", an ENI you made, in subnet "
                            + subnet)
                    .contains("subnet " + subnet + " (\"10.0.250.0/24\", not made by Eksdesk)"));
    assertThat(blocked.leftovers()).extracting(r -> r.id()).containsExactly(vpc);
    assertThat(blocked.message()).contains(vpc);

    ec2.deleteNetworkInterface(r -> r.networkInterfaceId(eni));
    ec2.deleteSubnet(r -> r.subnetId(subnet));
    failures.clear();
    RunSummary finished = run(engine -> journal -> engine.destroy(plan, journal));

    assertThat(finished.outcome()).as(finished.message()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(finished.leftovers()).isEmpty();
  }

  @Test
  void loadBalancersKubernetesMadeForTheClusterGoWithItClassicOnesTooAndOthersAreLeft()
      throws Exception {
    RunSummary applied =
        run(
            engine ->
                journal ->
                    engine.apply(
                        plan, journal, Map.of(), new PrivateKeyFile(home.resolve("key.pem"))));
    assertThat(applied.outcome()).as(applied.message()).isEqualTo(RunOutcome.SUCCEEDED);
    String vpc = journalId("vpc");
    List<String> subnets = List.of(journalId("subnet:public-a"), journalId("subnet:public-b"));
    var ec2 = clients.ec2();
    var elb = clients.elbv2();
    // As the AWS Load Balancer Controller makes them for a LoadBalancer Service of this cluster.
    String clusterGroup =
        ec2.createSecurityGroup(
                r ->
                    r.vpcId(vpc)
                        .groupName("k8s-default-web")
                        .description("[k8s] Managed SecurityGroup for LoadBalancer")
                        .tagSpecifications(
                            t ->
                                t.resourceType("security-group")
                                    .tags(tag("elbv2.k8s.aws/cluster", plan.cluster()))))
            .groupId();
    String clusterBalancer =
        elb.createLoadBalancer(
                r ->
                    r.name("k8s-default-web")
                        .subnets(subnets)
                        .securityGroups(clusterGroup)
                        .tags(
                            t -> t.key("elbv2.k8s.aws/cluster").value(plan.cluster()),
                            t -> t.key("service.k8s.aws/stack").value("default/web")))
            .loadBalancers()
            .get(0)
            .loadBalancerArn();
    // Someone's own load balancer in the same VPC: not Eksdesk's to delete.
    String foreignGroup =
        ec2.createSecurityGroup(
                r -> r.vpcId(vpc).groupName("my-alb").description("my own load balancer"))
            .groupId();
    String foreignBalancer =
        elb.createLoadBalancer(r -> r.name("my-alb").subnets(subnets).securityGroups(foreignGroup))
            .loadBalancers()
            .get(0)
            .loadBalancerArn();

    // Classic ones, as Kubernetes' in-tree service controller makes them, and someone's own.
    var classic = clients.elb();
    classic.createLoadBalancer(
        r ->
            r.loadBalancerName("a1b2c3d4e5f6")
                .subnets(subnets)
                .listeners(l -> l.protocol("TCP").loadBalancerPort(80).instancePort(30080))
                .tags(
                    t -> t.key("kubernetes.io/cluster/" + plan.cluster()).value("owned"),
                    t -> t.key("kubernetes.io/service-name").value("default/shop")));
    classic.createLoadBalancer(
        r ->
            r.loadBalancerName("my-classic")
                .subnets(subnets)
                .listeners(l -> l.protocol("TCP").loadBalancerPort(80).instancePort(8080)));

    // moto's DeleteVpc does not refuse a VPC that still holds a security group, so only what
    // destroy deleted is checked here: the cluster's load balancers, not the others.
    run(engine -> journal -> engine.destroy(plan, journal));

    assertThat(
            elb.describeLoadBalancers(r -> {}).loadBalancers().stream()
                .map(b -> b.loadBalancerArn()))
        .containsExactly(foreignBalancer)
        .doesNotContain(clusterBalancer);
    assertThat(
            classic.describeLoadBalancers(r -> {}).loadBalancerDescriptions().stream()
                .map(b -> b.loadBalancerName()))
        .as("classic load balancers left")
        .containsExactly("my-classic");
  }

  private static software.amazon.awssdk.services.ec2.model.Tag tag(String key, String value) {
    return software.amazon.awssdk.services.ec2.model.Tag.builder().key(key).value(value).build();
  }

  private String journalId(String step) throws Exception {
    return new JournalStore(home, scheduler)
        .read(plan.cluster())
        .orElseThrow()
        .steps()
        .get(step)
        .resourceId();
  }

  private RunSummary run(Function<Engine, Function<ClusterJournal, EngineRun>> start)
      throws Exception {
    Engine engine = new Engine(account, scheduler, EngineSettings.defaults());
    try (ClusterJournal journal = new JournalStore(home, scheduler).open(plan.cluster())) {
      EngineRun run = start.apply(engine).apply(journal);
      run.subscribe(
          e -> {
            if (e instanceof EngineEvent.StepFailed failed) {
              failures.add(failed);
            }
            if (e instanceof EngineEvent.StepStarted started && started.stepId().equals("vpc")) {
              vpcStarted = started.at();
            }
          });
      run.start();
      return run.completion().get(3, TimeUnit.MINUTES);
    }
  }
}

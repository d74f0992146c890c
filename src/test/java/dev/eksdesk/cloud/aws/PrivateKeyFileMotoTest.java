package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudAccount;
import dev.eksdesk.cloud.CreateResult;
import dev.eksdesk.cloud.ForwardingAccount;
import dev.eksdesk.cloud.PrivateKeyFile;
import dev.eksdesk.cloud.RealtimeScheduler;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.SshPublicKey;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.model.KeyPairInfo;

/**
 * The key pair's life on moto, the process dying at each point of it (a crash injected around
 * ImportKeyPair leaves the journal, the disk and AWS as a kill -9 would): afterwards the private
 * key is on disk, 0600, and is the key AWS holds (ssh-keygen reads the file; DescribeKeyPairs gives
 * the public key and fingerprint); a different key file is never touched and apply refuses.
 */
class PrivateKeyFileMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final Region REGION = Region.of(DefaultSpecs.REGION);

  @TempDir Path home;

  private AwsClients clients;
  private RealtimeScheduler scheduler;
  private AwsCloudAccount account;
  private Plan plan;
  private Path keyFile;
  private String keyName;
  private final List<EngineEvent.StepFailed> failures = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(REGION), new ApiCallCounter());
    scheduler = new RealtimeScheduler(200, 2);
    account = new AwsCloudAccount(clients, new AccountChoice.Environment());
    Plan full =
        new ClusterPlanner(InstanceCatalog.bundled())
            .plan(DefaultSpecs.firstCluster(), "203.0.113.10/32");
    plan =
        Plan.of(
            full.cluster(),
            full.steps().stream().filter(s -> s.kind() == ResourceKind.KEY_PAIR).toList());
    keyName = DefaultSpecs.firstCluster().sshKey().keyPairName();
    keyFile = home.resolve("ssh").resolve(keyName + ".pem");
  }

  @AfterEach
  void tearDown() {
    scheduler.close();
    clients.close();
  }

  @Test
  void killedRightAfterImportKeyPairTheKeyOnDiskIsTheOneAwsHolds() throws Exception {
    RunSummary crashed = apply(Crash.AFTER_IMPORT);

    assertThat(crashed.outcome()).isEqualTo(RunOutcome.FAILED);
    assertTheFileIsAwsKey();
    String before = Files.readString(keyFile);

    RunSummary resumed = apply(Crash.NONE);

    assertThat(resumed.outcome()).as("%s", failures).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(resumed.changed()).as("the imported pair is adopted, not imported again").isZero();
    assertThat(keyPairs()).hasSize(1);
    assertThat(Files.readString(keyFile)).isEqualTo(before);
    assertTheFileIsAwsKey();
  }

  @Test
  void killedBeforeImportKeyPairTheKeyAlreadyOnDiskIsImported() throws Exception {
    apply(Crash.BEFORE_IMPORT);

    assertThat(keyPairs()).isEmpty();
    assertThat(keyFile).exists();
    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    String written = Files.readString(keyFile);

    RunSummary resumed = apply(Crash.NONE);

    assertThat(resumed.outcome()).as("%s", failures).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(Files.readString(keyFile)).isEqualTo(written);
    assertTheFileIsAwsKey();
  }

  @Test
  void aCleanApplyThenAnotherFindTheSameKeyAndChangeNothing() throws Exception {
    assertThat(apply(Crash.NONE).outcome()).as("%s", failures).isEqualTo(RunOutcome.SUCCEEDED);
    assertTheFileIsAwsKey();
    assertThat(Files.getPosixFilePermissions(keyFile.getParent()))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));

    RunSummary again = apply(Crash.NONE);

    assertThat(again.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
    assertThat(again.changed()).isZero();
    assertTheFileIsAwsKey();
  }

  @Test
  void aDifferentKeyFileIsLeftUntouchedAndApplyRefusesSayingWhatToDo() throws Exception {
    apply(Crash.AFTER_IMPORT); // the pair exists in AWS, imported from the first file
    Files.delete(keyFile);
    ssh("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "mine", "-f", keyFile.toString());
    byte[] mine = Files.readAllBytes(keyFile);

    RunSummary refused = apply(Crash.NONE);

    assertThat(refused.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(failures)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.cause())
                    .contains(keyFile.toString())
                    .contains("holds another key")
                    .contains("key pair " + keyName)
                    .contains("never overwrites")
                    .contains("aws ec2 delete-key-pair --key-name " + keyName));
    assertThat(Files.readAllBytes(keyFile)).isEqualTo(mine);
    assertThat(Files.exists(Path.of(keyFile + ".pub"))).isTrue(); // ssh-keygen's, also untouched
  }

  @Test
  void aFileThatIsNotAKeyIsNeverOverwrittenAndNothingIsImported() throws Exception {
    Files.createDirectories(keyFile.getParent());
    Files.writeString(keyFile, "my notes\n");

    RunSummary refused = apply(Crash.NONE);

    assertThat(refused.outcome()).isEqualTo(RunOutcome.FAILED);
    assertThat(failures.get(0).cause())
        .contains(keyFile + " already exists and cannot be used")
        .contains("sshKey.privateKeyPath");
    assertThat(Files.readString(keyFile)).isEqualTo("my notes\n");
    assertThat(keyPairs()).isEmpty();
  }

  /** ssh-keygen reads the file, and its public key is the one DescribeKeyPairs gives back. */
  private void assertTheFileIsAwsKey() throws Exception {
    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    List<KeyPairInfo> pairs = keyPairs();
    assertThat(pairs).hasSize(1);
    String fromFile = ssh("ssh-keygen", "-y", "-f", keyFile.toString());
    String[] aws = pairs.get(0).publicKey().strip().split(" ");
    assertThat(fromFile.strip()).startsWith(aws[0] + " " + aws[1]);
    SshPublicKey key = new SshPublicKey(java.util.Base64.getDecoder().decode(aws[1]));
    assertThat(key.isFingerprintedAs(pairs.get(0).keyFingerprint())).isTrue();
    assertThat(pairs.get(0).keyName()).isEqualTo(keyName);
  }

  private List<KeyPairInfo> keyPairs() {
    return clients.ec2().describeKeyPairs(r -> r.includePublicKey(true)).keyPairs();
  }

  private static String ssh(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output;
  }

  private enum Crash {
    NONE,
    BEFORE_IMPORT,
    AFTER_IMPORT
  }

  private RunSummary apply(Crash crash) throws Exception {
    failures.clear();
    Engine engine = new Engine(new Dying(account, crash), scheduler, settings());
    try (ClusterJournal journal = new JournalStore(home, scheduler).open(plan.cluster())) {
      EngineRun run = engine.apply(plan, journal, Map.of(), new PrivateKeyFile(keyFile));
      run.subscribe(
          e -> {
            if (e instanceof EngineEvent.StepFailed failed) {
              failures.add(failed);
            }
          });
      run.start();
      return run.completion().get(1, TimeUnit.MINUTES);
    }
  }

  /**
   * AWS's settings, except that a create interrupted before it was sent is looked for during two
   * seconds rather than a minute before the key pair is imported again: this test is about the key
   * file, and the wait would take most of its time bound.
   */
  private static EngineSettings settings() {
    EngineSettings aws = EngineSettings.defaults();
    return new EngineSettings(
        aws.maxParallel(),
        aws.timings(),
        aws.backoff(),
        aws.throttleAttempts(),
        aws.consistencyDeadline(),
        aws.dependencyDeadline(),
        aws.blockedDeadline(),
        aws.visibilityDeadline(),
        Duration.ofSeconds(2),
        aws.seed());
  }

  /**
   * Stops the process's work at the chosen point of the create: what is on disk, in the journal and
   * in AWS stays as it is, as after a kill -9.
   */
  private static final class Dying extends ForwardingAccount {
    private final Crash crash;

    Dying(CloudAccount account, Crash crash) {
      super(account);
      this.crash = crash;
    }

    @Override
    public CreateResult create(
        ResourceRequest request, ClientToken token, Map<String, String> tags) {
      if (crash == Crash.BEFORE_IMPORT) {
        throw new IllegalStateException("killed before ImportKeyPair");
      }
      CreateResult result = super.create(request, token, tags);
      if (crash == Crash.AFTER_IMPORT) {
        throw new IllegalStateException("killed right after ImportKeyPair");
      }
      return result;
    }
  }
}

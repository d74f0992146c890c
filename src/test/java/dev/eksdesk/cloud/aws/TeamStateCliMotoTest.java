package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cli.engine.EngineCommands;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SshKeyMode;
import dev.eksdesk.domain.spec.SshKeySpec;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalState;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.LockRecord;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.engine.plan.ClusterPlanner;
import dev.eksdesk.engine.plan.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;
import software.amazon.awssdk.regions.Region;

/**
 * Two desktops (two EKSDESK_HOMEs) run one cluster whose journal is shared in moto's S3, through
 * the CLI: the lock keeps the second off while the first works, the shared journal makes its plan
 * empty afterwards, a leftover lock is forced away and the resumed apply creates nothing twice, and
 * {@code state push} then {@code state pull} into a third home copies the journal whole.
 */
class TeamStateCliMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();
  @RegisterExtension final MotoProfileHome profileHome = new MotoProfileHome();

  private static final String SHARED = "s3://team-state/platform";

  @Test
  void twoDesktopsShareOneClusterThroughS3() throws Exception {
    MOTO.reset();
    Path user = profileHome.path();
    Path alice = Files.createDirectories(user.resolve("alice"));
    Path bob = Files.createDirectories(user.resolve("bob"));
    Path carol = Files.createDirectories(user.resolve("carol"));
    try (AwsClients clients =
        new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter())) {
      clients
          .s3()
          .createBucket(
              b ->
                  b.bucket("team-state")
                      .createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
      S3StateObjects objects = new S3StateObjects(clients.s3());
      SharedState asAlice =
          new SharedState(
              objects,
              StateLocation.parse(SHARED),
              "arn:aws:iam::123456789012:user/alice",
              "alice-laptop",
              Clock.systemUTC());
      Path spec = spec(user);

      // alice's apply holds the lock: bob's is refused and names her
      try (ClusterJournal held =
          JournalStore.perRegion(
                  alice.resolve("aws").resolve(MotoServer.ACCOUNT_ID),
                  "eu-west-1",
                  Clock.systemUTC())
              .sharedThrough(asAlice, "apply")
              .open("shop")) {
        Run refused = cli(bob, "apply", spec.toString(), "--yes");
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err())
            .contains("locked by arn:aws:iam::123456789012:user/alice on alice-laptop since ")
            .contains("(apply)");
        Run shown = cli(bob, "state", "show", "shop", "--from", SHARED);
        assertThat(shown.out()).contains("state: " + SHARED).contains("locked by");
        // a live lock is not cleared without --force; the refusal names its holder
        Run notForced = cli(bob, "state", "unlock", "shop", "--from", SHARED);
        assertThat(notForced.code()).isEqualTo(1);
        assertThat(notForced.err())
            .contains("locked by arn:aws:iam::123456789012:user/alice")
            .contains("--force");
        assertThat(asAlice.holder("shop")).isPresent();
      }
      assertThat(asAlice.holder("shop")).isEmpty();

      Run applied = cli(alice, "apply", spec.toString(), "--yes");
      assertThat(applied.code()).as(applied.err()).isZero();
      Map<String, Integer> once = onceEach(spec);
      SdkTagCounts counts = new SdkTagCounts(clients);
      assertThat(counts.byStep("shop")).isEqualTo(once);

      Run planned = cli(bob, "plan", spec.toString());
      assertThat(planned.code()).as(planned.err()).isZero();
      assertThat(planned.out()).contains("No changes: cluster shop");

      // the secret stays home: the shared journal holds no private key material
      String uploaded =
          new String(
              objects.get("team-state", "platform/shop.journal.json").orElseThrow().body(),
              StandardCharsets.UTF_8);
      String privateKey = Files.readString(user.resolve("shop-key.pem"));
      assertThat(uploaded).doesNotContain("PRIVATE KEY").contains("\"vpc\"");
      privateKey
          .lines()
          .filter(line -> !line.startsWith("-----") && line.length() > 20)
          .forEach(line -> assertThat(uploaded).doesNotContain(line));

      // a kill -9 leaves alice's lock behind: bob is refused, forces it away, resumes
      Instant longAgo = Instant.now().minus(Duration.ofMinutes(30));
      objects.create(
          "team-state",
          "platform/shop.lock",
          new ObjectMapper()
              .registerModule(new JavaTimeModule())
              .writeValueAsBytes(
                  new LockRecord(
                      "shop",
                      "arn:aws:iam::123456789012:user/alice",
                      "alice-laptop",
                      "apply",
                      longAgo,
                      longAgo)));
      Run stale = cli(bob, "apply", spec.toString(), "--yes");
      assertThat(stale.code()).isEqualTo(3);
      assertThat(stale.err()).contains("stale").contains("state unlock shop --force");
      Run unlocked = cli(bob, "state", "unlock", "shop", "--force", "--from", SHARED);
      assertThat(unlocked.code()).as(unlocked.err()).isZero();
      assertThat(unlocked.out()).startsWith("unlocked shop (it was locked by");
      Run resumed = cli(bob, "apply", spec.toString(), "--yes");
      assertThat(resumed.code()).as(resumed.err()).isZero();
      assertThat(counts.byStep("shop")).isEqualTo(once);

      // push from alice's copy to a new bucket Eksdesk makes, pull into an empty third home
      JournalState alicesCopy = localJournal(alice);
      Run pushed =
          cli(
              alice,
              "state",
              "push",
              "shop",
              "--to",
              "s3://team-archive/archive",
              "--create-bucket");
      assertThat(pushed.code()).as(pushed.err()).isZero();
      assertThat(pushed.err())
          .isEqualToNormalizingNewlines(
              "created bucket team-archive (versioned, encrypted by default, public access"
                  + " blocked)\n");
      Run pulled = cli(carol, "state", "pull", "shop", "--from", "s3://team-archive/archive");
      assertThat(pulled.code()).as(pulled.err()).isZero();
      assertThat(localJournal(carol)).isEqualTo(alicesCopy);
    }
  }

  private static JournalState localJournal(Path home) throws Exception {
    return JournalStore.perRegion(
            home.resolve("aws").resolve(MotoServer.ACCOUNT_ID), "eu-west-1", Clock.systemUTC())
        .read("shop")
        .orElseThrow();
  }

  private static Path spec(Path user) throws Exception {
    Path spec = user.resolve("shop.yaml");
    SpecYaml.save(
        DefaultSpecs.forName("shop")
            .withSshKey(
                new SshKeySpec(
                    SshKeyMode.GENERATE, "shop-key", user.resolve("shop-key.pem").toString(), true))
            .withState(SHARED),
        spec);
    Files.writeString(spec, Files.readString(spec).replace(DefaultSpecs.REGION, "eu-west-1"));
    return spec;
  }

  /** Moto has no EKS add-ons: those steps leave nothing behind (docs/AWS-EMULATOR.md). */
  private static Map<String, Integer> onceEach(Path spec) throws Exception {
    return new ClusterPlanner(InstanceCatalog.bundled())
        .plan(SpecYaml.load(spec), "127.0.0.1/32").steps().stream()
            .filter(s -> s.kind().taggable() && s.kind() != ResourceKind.EKS_ADDON)
            .collect(Collectors.toMap(Step::id, s -> 1));
  }

  private record Run(int code, String out, String err) {}

  private static Run cli(Path home, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine root = new CommandLine(new Root());
    EngineCommands.register(
        root,
        new EngineCommandContext(
                home, InstanceCatalog.bundled(), EngineCommandContext.SANDBOX_OPERATOR)
            .withAws(AwsCliAccounts.forCurrentUser()));
    root.setOut(new PrintWriter(out, true));
    root.setErr(new PrintWriter(err, true));
    int code = root.execute(MotoProfileHome.onMoto(MOTO, args));
    return new Run(code, out.toString(), err.toString());
  }

  @CommandLine.Command(name = "eksdesk")
  static final class Root {}
}

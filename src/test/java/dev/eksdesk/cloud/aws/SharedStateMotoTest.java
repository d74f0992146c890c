package dev.eksdesk.cloud.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.cloud.StateObjects;
import dev.eksdesk.domain.spec.StateLocation;
import dev.eksdesk.engine.journal.ClusterJournal;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.LockRecord;
import dev.eksdesk.engine.journal.SharedState;
import dev.eksdesk.engine.journal.SharedStateConflictException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;

/**
 * A journal shared through moto's S3, which honours If-None-Match and If-Match: two homes stand for
 * two desktops of one team.
 */
class SharedStateMotoTest {
  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  private static final String BUCKET = "team-state";
  private static final StateLocation LOCATION = StateLocation.parse("s3://team-state/platform");

  @TempDir Path alice;
  @TempDir Path bob;
  private AwsClients clients;
  private S3StateObjects objects;

  @BeforeEach
  void setUp() throws Exception {
    MOTO.reset();
    clients = new AwsClients(MOTO.settings(Region.EU_WEST_1), new ApiCallCounter());
    clients
        .s3()
        .createBucket(
            b ->
                b.bucket(BUCKET).createBucketConfiguration(c -> c.locationConstraint("eu-west-1")));
    objects = new S3StateObjects(clients.s3());
  }

  @AfterEach
  void tearDown() {
    clients.close();
  }

  @Test
  void aBucketMadeForSharedStateIsVersionedEncryptedAndClosedAndAPlainOneIsToldWhatItLacks() {
    assertThat(objects.bucketShortfalls(BUCKET))
        .containsExactly(
            "versioning is off (an overwritten journal cannot be recovered)",
            "no default encryption",
            "public access is not blocked");

    assertThat(objects.createBucket("team-state-2")).isTrue();

    var s3 = clients.s3();
    assertThat(s3.getBucketLocation(r -> r.bucket("team-state-2")).locationConstraintAsString())
        .isEqualTo("eu-west-1");
    assertThat(s3.getBucketVersioning(r -> r.bucket("team-state-2")).statusAsString())
        .isEqualTo("Enabled");
    assertThat(
            s3.getBucketEncryption(r -> r.bucket("team-state-2"))
                .serverSideEncryptionConfiguration()
                .rules()
                .get(0)
                .applyServerSideEncryptionByDefault()
                .sseAlgorithmAsString())
        .isEqualTo("AES256");
    var block =
        s3.getPublicAccessBlock(r -> r.bucket("team-state-2")).publicAccessBlockConfiguration();
    assertThat(
            List.of(
                block.blockPublicAcls(),
                block.ignorePublicAcls(),
                block.blockPublicPolicy(),
                block.restrictPublicBuckets()))
        .containsOnly(true);
    assertThat(objects.bucketShortfalls("team-state-2")).isEmpty();
    assertThat(objects.createBucket("team-state-2")).as("already ours: nothing changed").isFalse();
  }

  @Test
  void conditionalWritesRefuseASecondCreateAndAStaleVersion() throws Exception {
    String first = objects.create(BUCKET, "k", bytes("one"));

    assertThatThrownBy(() -> objects.create(BUCKET, "k", bytes("two")))
        .isInstanceOf(StateObjects.ObjectChangedException.class);
    String second = objects.replace(BUCKET, "k", bytes("two"), first);
    assertThatThrownBy(() -> objects.replace(BUCKET, "k", bytes("three"), first))
        .isInstanceOf(StateObjects.ObjectChangedException.class);
    assertThat(new String(objects.get(BUCKET, "k").orElseThrow().body(), StandardCharsets.UTF_8))
        .isEqualTo("two");
    assertThat(objects.get(BUCKET, "k").orElseThrow().etag()).isEqualTo(second);
    assertThat(objects.get(BUCKET, "missing")).isEmpty();
  }

  @Test
  void theSecondDesktopIsRefusedWithTheHolderAndThenReadsTheSharedJournal() throws Exception {
    try (ClusterJournal held = store(alice, "alice-laptop").open("shop")) {
      held.recordPresent("vpc", vpc("vpc-1"), 0, Map.of("cidr", "10.0.0.0/16"));

      assertThatThrownBy(() -> store(bob, "bob-desktop").open("shop"))
          .isInstanceOf(JournalLockedException.class)
          .hasMessageContaining("locked by arn:aws:")
          .hasMessageContaining(" on alice-laptop since ")
          .hasMessageContaining("(apply)")
          .hasMessageContaining("Wait until it finishes");
    }

    assertThat(objects.get(BUCKET, LOCATION.lockKey("shop"))).isEmpty();
    try (ClusterJournal bobs = store(bob, "bob-desktop").open("shop")) {
      assertThat(bobs.step("vpc").orElseThrow().resourceId()).isEqualTo("vpc-1");
    }
  }

  @Test
  void aLockWithoutHeartbeatIsReportedStaleAndForcedAway() throws Exception {
    Instant longAgo = Instant.now().minus(Duration.ofMinutes(30));
    LockRecord leftover =
        new LockRecord(
            "shop",
            "arn:aws:iam::123456789012:user/alice",
            "alice-laptop",
            "apply",
            longAgo,
            longAgo);
    objects.create(
        BUCKET,
        LOCATION.lockKey("shop"),
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .writeValueAsBytes(leftover));

    assertThatThrownBy(() -> store(bob, "bob-desktop").open("shop"))
        .isInstanceOf(JournalLockedException.class)
        .hasMessageContaining("the lock is stale")
        .hasMessageContaining("eksdesk state unlock shop --force");
    assertThat(shared("bob-desktop").unlock("shop", false).cleared())
        .as("a stale lock is cleared without --force")
        .isTrue();
    store(bob, "bob-desktop").open("shop").close();
  }

  @Test
  void aWriteOverAStaleVersionIsDetectedAndNeverLost() throws Exception {
    ClusterJournal alices = store(alice, "alice-laptop").open("shop");
    alices.recordPresent("vpc", vpc("vpc-1"), 0, Map.of());
    // alice's lock is forced away while she still runs; bob records other steps, then the same
    shared("bob-desktop").unlock("shop", true);
    try (ClusterJournal bobs = store(bob, "bob-desktop").open("shop")) {
      bobs.recordPresent("igw", vpc("igw-1"), 0, Map.of());
    }

    alices.recordPresent("subnet:a", vpc("subnet-1"), 0, Map.of());
    var merged = store(bob, "bob-desktop").read("shop").orElseThrow();
    assertThat(merged.steps()).containsKeys("vpc", "igw", "subnet:a");

    shared("bob-desktop").unlock("shop", true);
    try (ClusterJournal bobs = store(bob, "bob-desktop").open("shop")) {
      bobs.recordDeleted("subnet:a");
    }
    assertThatThrownBy(() -> alices.recordPresent("subnet:a", vpc("subnet-2"), 1, Map.of()))
        .isInstanceOf(SharedStateConflictException.class)
        .hasMessageContaining("subnet:a");
    assertThat(
            store(bob, "bob-desktop").read("shop").orElseThrow().steps().get("subnet:a").status())
        .isEqualTo(dev.eksdesk.engine.journal.StepRecord.StepStatus.DELETED);
    assertThat(
            new JournalStore(alice, Clock.systemUTC())
                .read("shop")
                .orElseThrow()
                .steps()
                .get("subnet:a")
                .resourceId())
        .isEqualTo("subnet-2");
    alices.close();
  }

  private JournalStore store(Path home, String host) {
    return new JournalStore(home, Clock.systemUTC()).sharedThrough(shared(host), "apply");
  }

  private SharedState shared(String host) {
    return new SharedState(
        objects, LOCATION, "arn:aws:iam::123456789012:user/" + host, host, Clock.systemUTC());
  }

  private static CloudResource vpc(String id) {
    return new CloudResource(ResourceKind.VPC, id, ResourceState.READY, "", Map.of(), Map.of());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

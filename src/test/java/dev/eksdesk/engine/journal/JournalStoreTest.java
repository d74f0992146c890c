package dev.eksdesk.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.engine.SandboxWorld;
import dev.eksdesk.engine.exec.VirtualScheduler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalStoreTest {
  @TempDir Path home;
  private final VirtualScheduler clock = VirtualScheduler.atEpoch();

  @Test
  void aSecondOpenOfTheSameClusterIsRefusedUntilTheFirstCloses() throws Exception {
    JournalStore store = new JournalStore(home, clock);
    ClusterJournal first = store.open("demo");

    assertThatThrownBy(() -> store.open("demo"))
        .isInstanceOf(JournalLockedException.class)
        .hasMessageContaining("Cluster demo is already being worked on by another Eksdesk");
    assertThatThrownBy(() -> new JournalStore(home, clock).open("demo"))
        .isInstanceOf(JournalLockedException.class);

    first.close();
    store.open("demo").close();
  }

  @Test
  void everyWriteBumpsTheSerialAndKeepsThePreviousVersionAsBackup() throws Exception {
    JournalStore store = new JournalStore(home, clock);
    try (ClusterJournal journal = store.open("demo")) {
      journal.begin(
          new PendingOperation("vpc", PendingOperation.Action.CREATE, "t-1", clock.instant()));
      journal.recordPresent("vpc", vpc("vpc-1"), 0);
    }

    JournalState now = store.read("demo").orElseThrow();
    String backup = Files.readString(store.backupFile("demo"));
    assertThat(now.serial()).isEqualTo(2);
    assertThat(now.format()).isEqualTo(JournalState.FORMAT);
    assertThat(now.pending()).isEmpty();
    assertThat(now.steps().get("vpc").resourceId()).isEqualTo("vpc-1");
    assertThat(backup).contains("\"serial\" : 1").contains("\"clientToken\" : \"t-1\"");
    assertThat(store.journalFile("demo").resolveSibling("journal.json.tmp")).doesNotExist();
  }

  @Test
  void aJournalOfAnotherClusterOrVersionIsRefusedNotGuessedAt() throws Exception {
    JournalStore store = new JournalStore(home, clock);
    store.open("demo").close();
    Path file = store.journalFile("demo");
    Files.createDirectories(file.getParent());

    Files.writeString(file, json("eksdesk-journal/1", "other"));
    assertThatThrownBy(() -> store.open("demo"))
        .isInstanceOf(JournalUnreadableException.class)
        .hasMessageContaining("belongs to something else")
        .hasMessageContaining("journal of cluster other");

    Files.writeString(file, json("eksdesk-journal/9", "demo"));
    assertThatThrownBy(() -> store.open("demo"))
        .hasMessageContaining("written by a newer Eksdesk")
        .hasMessageContaining("--rebuild");
  }

  @Test
  void aFormatOneJournalOpensAndIsWrittenBackAsFormatTwo() throws Exception {
    JournalStore store = new JournalStore(home, clock);
    Path file = store.journalFile("demo");
    Files.createDirectories(file.getParent());
    Files.writeString(file, FORMAT_1_JOURNAL);

    try (ClusterJournal journal = store.open("demo")) {
      StepRecord vpc = journal.step("vpc").orElseThrow();
      assertThat(vpc.outputs()).containsEntry("cidr", "10.0.0.0/16");
      assertThat(vpc.inputs()).isEmpty();
      assertThat(journal.pending("nat:a").orElseThrow().updateId()).isEmpty();
      journal.recordPresent("igw", igw("igw-1"), 0, Map.of("vpcId", "vpc-0a1"));
    }

    String written = Files.readString(file);
    assertThat(written)
        .contains("\"format\" : \"eksdesk-journal/2\"")
        .contains("\"outputs\"")
        .contains("\"inputs\" : {\n        \"vpcId\" : \"vpc-0a1\"")
        .doesNotContain("\"attributes\"");
    assertThat(store.read("demo").orElseThrow().steps().get("vpc").outputs())
        .containsEntry("cidr", "10.0.0.0/16");
  }

  @Test
  void eachRegionOfAnAccountKeepsItsOwnJournalsAndClaimsItsFormatOneOnes() throws Exception {
    Path account = home.resolve("aws/111122223333");
    Path legacy = account.resolve("clusters/demo");
    Files.createDirectories(legacy);
    Files.writeString(legacy.resolve("journal.json"), FORMAT_1_JOURNAL);
    SpecYaml.save(
        DefaultSpecs.forName("demo").withRegion("eu-west-1"), legacy.resolve("spec.yaml"));
    JournalStore ireland = JournalStore.perRegion(account, "eu-west-1", clock);
    JournalStore frankfurt = JournalStore.perRegion(account, "eu-central-1", clock);

    assertThat(frankfurt.clusters()).isEmpty();
    assertThat(ireland.clusters()).containsExactly("demo");
    try (ClusterJournal journal = ireland.open("demo")) {
      assertThat(journal.step("vpc")).isPresent();
      journal.recordPresent("igw", igw("igw-1"), 0, Map.of());
    }
    try (ClusterJournal other = frankfurt.open("demo")) {
      assertThat(other.step("vpc")).isEmpty(); // a cluster of the same name elsewhere
      other.recordPresent("vpc", vpc("vpc-9"), 0, Map.of());
    }

    assertThat(account.resolve("eu-west-1/clusters/demo/journal.json")).exists();
    assertThat(account.resolve("eu-west-1/clusters/demo/spec.yaml")).exists();
    assertThat(legacy.resolve("journal.json")).doesNotExist();
    assertThat(ireland.read("demo").orElseThrow().region()).isEqualTo("eu-west-1");
    assertThat(ireland.read("demo").orElseThrow().steps()).containsKeys("vpc", "igw");
    assertThat(frankfurt.read("demo").orElseThrow().steps().get("vpc").resourceId())
        .isEqualTo("vpc-9");
  }

  private static final String FORMAT_1_JOURNAL =
      """
      { "format": "eksdesk-journal/1", "serial": 87, "cluster": "demo",
        "updatedAt": "2025-01-01T00:00:00Z",
        "steps": { "vpc": { "stepId": "vpc", "kind": "VPC", "resourceId": "vpc-0a1",
                            "status": "CREATED", "attributes": { "cidr": "10.0.0.0/16" },
                            "generation": 0, "at": "2025-01-01T00:00:00Z" } },
        "pending": [ { "stepId": "nat:a", "action": "CREATE", "clientToken": "eksdesk-1",
                       "startedAt": "2025-01-01T00:00:00Z" } ] }
      """;

  private static CloudResource igw(String id) {
    return new CloudResource(
        ResourceKind.INTERNET_GATEWAY, id, ResourceState.READY, "", Map.of(), Map.of());
  }

  @Test
  void noSecretEverReachesTheJournal() throws Exception {
    SandboxWorld world = new SandboxWorld(home);

    world.apply();

    String journal = Files.readString(world.journals.journalFile(world.plan.cluster()));
    String backup = Files.readString(world.journals.backupFile(world.plan.cluster()));
    String keyBody =
        Files.readAllLines(world.keyFile.file()).stream().skip(1).findFirst().orElseThrow();
    assertThat(journal).doesNotContain(keyBody).doesNotContain("PRIVATE KEY");
    assertThat(backup).doesNotContain(keyBody).doesNotContain("PRIVATE KEY");
  }

  @Test
  void theHomeFolderComesFromEksdeskHomeOrTheUserHome() {
    assertThat(EksdeskHome.resolve(Map.of("EKSDESK_HOME", "/data/e"), "/home/u"))
        .isEqualTo(Path.of("/data/e"));
    assertThat(EksdeskHome.resolve(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.eksdesk"));
  }

  private static String json(String format, String cluster) {
    return "{\"format\":\""
        + format
        + "\",\"serial\":3,\"cluster\":\""
        + cluster
        + "\",\"updatedAt\":\"2025-01-01T00:00:00Z\",\"steps\":{},\"pending\":[]}";
  }

  private static CloudResource vpc(String id) {
    return new CloudResource(
        ResourceKind.VPC, id, ResourceState.READY, "", Map.of(), Map.of("cidr", "10.0.0.0/16"));
  }
}

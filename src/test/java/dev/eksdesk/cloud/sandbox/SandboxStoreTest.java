package dev.eksdesk.cloud.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.ClientToken;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceRequest;
import dev.eksdesk.cloud.ResourceTags;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's state on disk: shared by many accounts, kept private, repaired when damaged. */
class SandboxStoreTest {
  @TempDir Path home;

  @Test
  void accountsSharingOneStateNeverLoseEachOthersResources() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> work = new ArrayList<>();
    for (int cluster = 0; cluster < 4; cluster++) {
      SandboxAccount account = account(); // one per "process": each its own copy in memory
      String name = "c" + cluster;
      work.add(threads.submit(() -> createVpcs(account, name, 25)));
    }
    for (Future<?> done : work) {
      done.get();
    }
    threads.shutdown();

    List<CloudResource> all = account().everything();
    assertThat(all).hasSize(100);
    assertThat(all.stream().map(CloudResource::id).distinct()).hasSize(100);
    assertThat(all)
        .allSatisfy(vpc -> assertThat(vpc.id()).matches("vpc-[0-9a-f]{17}"))
        .filteredOn(vpc -> vpc.tag(ResourceTags.CLUSTER).equals("c3"))
        .hasSize(25);
  }

  @Test
  void aTruncatedStateIsReplacedByItsBackupAndTheReasonIsGiven() throws Exception {
    SandboxAccount account = account();
    createVpcs(account, "c1", 2);
    Path state = home.resolve("sandbox/state.json");
    byte[] whole = Files.readAllBytes(state);
    Files.write(state, java.util.Arrays.copyOf(whole, whole.length / 2));

    SandboxAccount reopened = account();
    List<CloudResource> left = reopened.everything();

    assertThat(left).hasSize(1); // the backup is the version before the last change
    assertThat(reopened.repairs())
        .singleElement()
        .asString()
        .contains("could not be read (it ends early")
        .contains("state.json.damaged-")
        .contains("state.json.bak) was put back");
    assertThat(Files.list(home.resolve("sandbox")))
        .anyMatch(p -> p.getFileName().toString().startsWith("state.json.damaged-"));
    createVpcs(reopened, "c1", 1);
    assertThat(account().everything()).hasSize(2);
  }

  @Test
  void withoutAReadableBackupTheSandboxStartsEmptyAndSaysSo() throws Exception {
    createVpcs(account(), "c1", 1);
    Files.writeString(home.resolve("sandbox/state.json"), "");
    Files.deleteIfExists(home.resolve("sandbox/state.json.bak"));

    SandboxAccount reopened = account();

    assertThat(reopened.everything()).isEmpty();
    assertThat(reopened.repairs())
        .singleElement()
        .asString()
        .contains("could not be read (it is empty)")
        .contains("no readable backup")
        .contains("starts empty");
  }

  @Test
  void theStateItsBackupAndItsLockAreTheOwnersOnly() throws Exception {
    SandboxAccount account = account();
    createVpcs(account, "c1", 2);

    Path sandbox = home.resolve("sandbox");
    assertThat(Files.getPosixFilePermissions(sandbox))
        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    for (String file : List.of("state.json", "state.json.bak", "state.lock")) {
      assertThat(Files.getPosixFilePermissions(sandbox.resolve(file)))
          .as(file)
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
    assertThat(Files.list(sandbox)).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
  }

  private SandboxAccount account() {
    return SandboxAccount.persistent(
        home,
        Instant::now,
        InstanceCatalog.bundled(),
        SandboxTimings.instant(),
        SandboxFaults.none());
  }

  private static Void createVpcs(SandboxAccount account, String cluster, int count) {
    for (int i = 0; i < count; i++) {
      account.create(
          new ResourceRequest.Vpc("10." + i + ".0.0/16"),
          new ClientToken("t-" + cluster + "-" + i),
          ResourceTags.forStep(cluster, "vpc-" + i, Map.of()));
    }
    return null;
  }
}

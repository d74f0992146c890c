package dev.eksdesk.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.cloud.ResourceKind;
import dev.eksdesk.cloud.ResourceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a journal leaves on disk is readable by its owner only. */
class JournalFileModesTest {
  @TempDir Path temp;

  @Test
  void theJournalItsBackupAndItsLockAre0600InFolders0700() throws Exception {
    Path home = temp.resolve("eksdesk");
    JournalStore store = new JournalStore(home, Instant::now);
    try (ClusterJournal journal = store.open("c1")) {
      CloudResource vpc =
          new CloudResource(ResourceKind.VPC, "vpc-1", ResourceState.READY, "", Map.of(), Map.of());
      journal.recordPresent("vpc", vpc, 0);
      journal.recordDeleted("vpc");
    }

    for (Path folder : List.of(home, home.resolve("clusters"), store.clusterDirectory("c1"))) {
      assertThat(Files.getPosixFilePermissions(folder))
          .as(folder.toString())
          .isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }
    for (Path file :
        List.of(
            store.journalFile("c1"),
            store.backupFile("c1"),
            store.clusterDirectory("c1").resolve("lock"))) {
      assertThat(Files.getPosixFilePermissions(file))
          .as(file.toString())
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
  }
}

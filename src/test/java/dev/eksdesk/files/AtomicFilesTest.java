package dev.eksdesk.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replaceWritesAnOwnerOnlyFileInAnOwnerOnlyFolderAndLeavesNoTempFile() throws Exception {
    Path file = dir.resolve("made/state.json");

    AtomicFiles.replace(file, bytes("one"), null);
    AtomicFiles.replace(file, bytes("two"), null);

    assertThat(Files.readString(file)).isEqualTo("two");
    assertThat(Files.list(file.getParent())).containsExactly(file);
    assumePosix();
    assertThat(mode(file)).isEqualTo("rw-------");
    assertThat(mode(file.getParent())).isEqualTo("rwx------");
  }

  @Test
  void createNewNeverReplacesAFileAlreadyThere() throws Exception {
    Path file = dir.resolve("keys/id");
    AtomicFiles.createNew(file, bytes("first"));

    assertThatThrownBy(() -> AtomicFiles.createNew(file, bytes("second")))
        .isInstanceOf(FileAlreadyExistsException.class);

    assertThat(Files.readString(file)).isEqualTo("first");
    assertThat(Files.list(file.getParent())).containsExactly(file);
    assumePosix();
    assertThat(mode(file)).isEqualTo("rw-------");
  }

  @Test
  void replaceSharedKeepsThePermissionsANewFileGetsAndLeavesNoTempFile() throws Exception {
    Path file = dir.resolve("export.csv");
    Path plain = Files.createFile(dir.resolve("plain"));

    AtomicFiles.replaceShared(file, bytes("a,b"));

    assertThat(Files.readString(file)).isEqualTo("a,b");
    assertThat(Files.list(dir)).containsExactlyInAnyOrder(file, plain);
    assumePosix();
    assertThat(mode(file)).isEqualTo(mode(plain));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String mode(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static void assumePosix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }
}

package dev.eksdesk.cloud.aws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files that hold secrets (credentials, kubeconfig): owner-only on POSIX systems (0600, and
 * 0700 for a directory it has to create), replaced atomically.
 */
final class PrivateFiles {

  private PrivateFiles() {}

  /**
   * Writes a temporary file created 0600 next to the target and moves it over it, so the content is
   * never readable by others, not even for a moment, and a crash leaves the old file whole.
   */
  static void write(Path file, String content) throws IOException {
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path directory = file.toAbsolutePath().getParent();
    if (!Files.isDirectory(directory)) {
      if (posix) {
        Files.createDirectories(directory, permissions("rwx------"));
      } else {
        Files.createDirectories(directory);
      }
    }
    Path temporary =
        posix
            ? Files.createTempFile(
                directory, "." + file.getFileName(), ".tmp", permissions("rw-------"))
            : Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static FileAttribute<?> permissions(String mode) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode));
  }
}

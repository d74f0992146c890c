package dev.eksdesk.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Crash-safe, owner-only files: a unique temp file created 0600 is written, fsynced and renamed
 * over the target; folders Eksdesk creates are 0700 (where the file system is POSIX).
 */
public final class AtomicFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  /** Replaces {@code target}; if {@code backup} is given, the previous content is kept there. */
  public static void replace(Path target, byte[] content, Path backup) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    privateDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", ownerOnly(false));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      if (backup != null && Files.exists(target)) {
        Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
        restrict(backup);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(dir);
  }

  /** Creates the folder and any missing parent 0700. */
  public static void privateDirectories(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      Files.createDirectories(dir, ownerOnly(true));
    }
  }

  /**
   * Opens (creating 0600 if missing) a file that is only ever locked, never read: a lock beside the
   * data it guards.
   */
  public static FileChannel openLockFile(Path file) throws IOException {
    privateDirectories(file.toAbsolutePath().getParent());
    FileChannel channel =
        FileChannel.open(
            file,
            java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
            ownerOnly(false));
    restrict(file);
    return channel;
  }

  /** Makes an existing file owner-only (0600). */
  public static void restrict(Path file) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static FileAttribute<?>[] ownerOnly(boolean directory) {
    return POSIX
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(
              PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  /** Makes the rename itself durable; not every platform lets a directory be opened. */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; NTFS orders the rename itself.
    }
  }
}

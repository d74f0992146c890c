package dev.eksdesk.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * The one way Eksdesk writes a file: a unique temp file in the target's folder is written, fsynced
 * and renamed over the target, then the folder is fsynced, so a crash leaves the old content or the
 * new, never half. Private files are created 0600 and the folders made for them 0700 (where the
 * file system is POSIX); what the user exports keeps the permissions the user's umask gives.
 */
public final class AtomicFiles {
  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with an owner-only file; if {@code backup} is given, the previous
   * content is kept there.
   */
  public static void replace(Path target, byte[] content, Path backup) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    privateDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", ownerOnly(false));
    try {
      writeAndSync(temp, content);
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

  /**
   * Replaces a file the user chose (an export): its permissions are those the user's umask gives a
   * new file, as any other program's would be; its folder must exist.
   */
  public static void replaceShared(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createFile(temp);
      writeAndSync(temp, content);
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(dir);
  }

  /**
   * Creates {@code target} owner-only with {@code content}, whole or not at all, and never over a
   * file already there (one that appears meanwhile included): the complete temp file is hard-linked
   * to the target's name, which fails when the name is taken. A file system without hard links gets
   * an exclusive create written in place.
   *
   * @throws FileAlreadyExistsException when {@code target} exists
   */
  public static void createNew(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    privateDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".tmp", ownerOnly(false));
    try {
      writeAndSync(temp, content);
      try {
        Files.createLink(absolute, temp);
      } catch (UnsupportedOperationException e) {
        createInPlace(absolute, content);
      } catch (FileSystemException e) {
        if (e instanceof FileAlreadyExistsException) {
          throw e;
        }
        createInPlace(absolute, content);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    syncDirectory(dir);
  }

  private static void createInPlace(Path target, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            target,
            java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            ownerOnly(false))) {
      write(channel, content);
    }
  }

  private static void writeAndSync(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      write(channel, content);
    }
  }

  private static void write(FileChannel channel, byte[] content) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(content);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    channel.force(true);
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

package dev.eksdesk.engine.exec;

import dev.eksdesk.cloud.OneTimeSecret;
import dev.eksdesk.domain.spec.PrivateKeyLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a generated private key where the spec says, readable by its owner only (0600). */
public final class PrivateKeyFile implements SecretSink {
  private final Path file;

  public PrivateKeyFile(Path file) {
    this.file = file;
  }

  /** Expands a leading "~/" the way the spec's paths are written. */
  public static PrivateKeyFile at(String path) {
    return new PrivateKeyFile(PrivateKeyLocation.resolve(path));
  }

  @Override
  public void accept(String stepId, OneTimeSecret secret) {
    // the spec was validated, but the file may have appeared since: never replace what is no key
    PrivateKeyLocation.overwriteProblem(file)
        .ifPresent(
            why -> {
              throw new IllegalStateException("the private key was not written: " + why);
            });
    try {
      Files.createDirectories(file.getParent());
      boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
      if (posix && !Files.exists(file)) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
      Files.writeString(
          file,
          secret.material(),
          StandardCharsets.US_ASCII,
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
      if (posix) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the private key to " + file, e);
    }
  }
}

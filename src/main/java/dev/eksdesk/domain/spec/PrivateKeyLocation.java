package dev.eksdesk.domain.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a generated private key may be written: under the user's home ("~/" stands for it) unless
 * the spec says {@code sshKey.allowOutsideHome: true}, and never over a file that is not a private
 * key, wherever it is.
 */
public final class PrivateKeyLocation {
  private static final int PEM_HEADER_BYTES = 64;

  private PrivateKeyLocation() {}

  /** The spec's path as an absolute one, "~/" expanded to {@code home}. */
  public static Path resolve(String path, Path home) {
    Path given =
        path.equals("~")
            ? home
            : path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
    return given.toAbsolutePath().normalize();
  }

  public static Path resolve(String path) {
    return resolve(path, currentUserHome());
  }

  public static Path currentUserHome() {
    return Path.of(System.getProperty("user.home"));
  }

  /** What is wrong with writing the key where the spec says, if anything. */
  static Optional<String> problem(SshKeySpec key, Path home) {
    Path file;
    try {
      file = resolve(key.privateKeyPath(), home);
    } catch (InvalidPathException e) {
      return Optional.of("'" + key.privateKeyPath() + "' is not a valid file path");
    }
    if (!key.allowOutsideHome() && !realLocation(file).startsWith(realLocation(home))) {
      return Optional.of(
          file
              + " is outside your home folder "
              + home
              + "; keep keys under it (e.g. ~/.ssh/NAME.pem) or, to mean it, add"
              + " 'allowOutsideHome: true' under sshKey");
    }
    return overwriteProblem(file);
  }

  /** Why an existing file there must not be replaced by a key, if it must not. */
  public static Optional<String> overwriteProblem(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of(file + " is a folder; name a file in it, e.g. " + file + "/NAME.pem");
    }
    if (Files.exists(file) && !isPrivateKey(file)) {
      return Optional.of(
          file
              + " already exists and is not a private key, which the key would replace; name a new file");
    }
    return Optional.empty();
  }

  /** A regular file that starts like a PEM private key ("-----BEGIN ... PRIVATE KEY-----"). */
  private static boolean isPrivateKey(Path file) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      String start = new String(in.readNBytes(PEM_HEADER_BYTES), StandardCharsets.US_ASCII);
      int lineEnd = start.indexOf('\n');
      String firstLine = lineEnd < 0 ? start : start.substring(0, lineEnd);
      return firstLine.startsWith("-----BEGIN ") && firstLine.contains("PRIVATE KEY-----");
    } catch (IOException e) {
      return false;
    }
  }

  /** The path with symbolic links resolved as far as it exists, so a link cannot lead out. */
  private static Path realLocation(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return path;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(path));
    } catch (IOException e) {
      return path;
    }
  }
}

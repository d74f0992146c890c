package dev.eksdesk.cloud.aws;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How this machine runs moto's server, found (or provisioned) once per build so that {@code ./mvnw
 * verify} needs only a JDK and Python 3.
 *
 * <p>In order: {@code moto_server} on the PATH; else {@code python3 -m moto.server} when that
 * Python imports moto; else a virtual environment under the build directory ({@code
 * target/moto-venv}) with a pinned {@code moto[server]} installed by pip, kept for later runs of
 * the same build directory. A file lock makes parallel test JVMs install it once.
 *
 * @param command what to start, before moto's own arguments
 * @param source where it came from, for messages
 */
public record MotoCommand(List<String> command, String source) {
  /** The version the venv installs; the one docs/AWS-EMULATOR.md describes. */
  public static final String PINNED = "moto[server]==5.2.1";

  private static final long INSTALL_TIMEOUT_MINUTES = 15;
  private static MotoCommand found;
  private static IllegalStateException failure; // said once, not re-tried by every test class

  public MotoCommand {
    command = List.copyOf(command);
  }

  /** The command for this JVM's PATH and {@code target/}, looked up once. */
  public static synchronized MotoCommand forThisBuild() {
    if (found == null && failure == null) {
      try {
        found = locate(System.getenv("PATH"), Path.of("target").toAbsolutePath());
      } catch (IllegalStateException e) {
        failure = e;
      }
    }
    if (failure != null) {
      throw failure;
    }
    return found;
  }

  /**
   * @param path a PATH value to search
   * @param buildDirectory where the venv may be created
   * @throws IllegalStateException saying what is missing and what to run
   */
  public static MotoCommand locate(String path, Path buildDirectory) {
    List<Path> directories = directories(path);
    Optional<Path> server = executable(directories, "moto_server");
    if (server.isPresent()) {
      return new MotoCommand(List.of(server.get().toString()), "moto_server on the PATH");
    }
    Optional<Path> python = executable(directories, "python3");
    if (python.isEmpty()) {
      throw new IllegalStateException(
          "The AWS adapter tests need moto's server, and neither moto_server nor python3 is on"
              + " the PATH. Install Python 3 with venv and pip (Debian/Ubuntu: `apt-get install"
              + " python3 python3-venv python3-pip`), then run ./mvnw verify again: the build"
              + " installs "
              + PINNED
              + " under target/moto-venv itself.");
    }
    if (importsMoto(python.get())) {
      return new MotoCommand(
          List.of(python.get().toString(), "-m", "moto.server"), python.get() + " -m moto.server");
    }
    return provisioned(python.get(), buildDirectory.resolve("moto-venv"));
  }

  /** Creates the venv and installs moto into it, unless an earlier test class already did. */
  private static MotoCommand provisioned(Path python, Path venv) {
    Path venvPython = venv.resolve("bin").resolve("python3");
    try {
      Files.createDirectories(venv.getParent());
      try (FileChannel channel =
              FileChannel.open(
                  venv.resolveSibling("moto-venv.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (!Files.isExecutable(venvPython) || !importsMoto(venvPython)) {
          install(python, venv, venvPython);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare " + venv, e);
    }
    return new MotoCommand(
        List.of(venvPython.toString(), "-m", "moto.server"), PINNED + " in " + venv);
  }

  private static void install(Path python, Path venv, Path venvPython) {
    System.err.println("moto_server is not on the PATH: installing " + PINNED + " into " + venv);
    String what = "`" + python + " -m venv " + venv + "`";
    Result created = run(List.of(python.toString(), "-m", "venv", "--clear", venv.toString()));
    if (!created.succeeded()) {
      throw new IllegalStateException(
          what
              + " failed, so moto could not be installed for the AWS adapter tests. Install"
              + " Python's venv module (Debian/Ubuntu: `apt-get install python3-venv`), or moto"
              + " itself (`pip install '"
              + PINNED
              + "'`), then run ./mvnw verify again.\n"
              + created.output());
    }
    Result installed =
        run(List.of(venvPython.toString(), "-m", "pip", "install", "--quiet", PINNED));
    if (!installed.succeeded() || !importsMoto(venvPython)) {
      throw new IllegalStateException(
          "pip could not install "
              + PINNED
              + " into "
              + venv
              + " for the AWS adapter tests (pip's output is below: is the package index"
              + " reachable? `pip config list` shows which one pip uses). Fix that, or install"
              + " moto yourself (`pip install '"
              + PINNED
              + "'`) so that moto_server is on the PATH, then run ./mvnw verify again.\n"
              + installed.output());
    }
  }

  private static boolean importsMoto(Path python) {
    return run(List.of(python.toString(), "-c", "import moto.server")).succeeded();
  }

  private record Result(boolean succeeded, String output) {}

  private static Result run(List<String> command) {
    try {
      Path output = Files.createTempFile("moto-setup-", ".log");
      try {
        Process process =
            new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          return new Result(false, "timed out after " + INSTALL_TIMEOUT_MINUTES + " min");
        }
        return new Result(
            process.exitValue() == 0, Files.readString(output, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(output);
      }
    } catch (IOException e) {
      return new Result(false, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(false, "interrupted");
    }
  }

  private static List<Path> directories(String path) {
    List<Path> directories = new ArrayList<>();
    for (String entry : (path == null ? "" : path).split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        directories.add(Path.of(entry));
      }
    }
    return directories;
  }

  private static Optional<Path> executable(List<Path> directories, String name) {
    return directories.stream()
        .map(directory -> directory.resolve(name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}

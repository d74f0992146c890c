package dev.eksdesk.app;

import dev.eksdesk.files.AtomicFiles;
import dev.eksdesk.kube.StateStore;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * A file of a cluster's folder ({@code $EKSDESK_HOME/clusters/<name>/}) that keeps something about
 * its Kubernetes: replaced atomically, readable by the user only (0600 in a 0700 folder).
 */
final class ClusterStateFile implements StateStore {
  /** The sandbox cluster's Kubernetes: objects, CNI, nodes and pod addresses. */
  static final String KUBE_STATE = "kube-state.json";

  /** The progress of a recycle that has not completed. */
  static final String RECYCLE_JOURNAL = "recycle.json";

  private final Path file;

  ClusterStateFile(Path file) {
    this.file = file;
  }

  static ClusterStateFile of(Path home, String cluster, String name) {
    return new ClusterStateFile(home.resolve("clusters").resolve(cluster).resolve(name));
  }

  Path path() {
    return file;
  }

  @Override
  public Optional<byte[]> load() throws IOException {
    return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
  }

  @Override
  public void save(byte[] state) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    if (posix && !Files.isDirectory(folder)) {
      Files.createDirectories(
          folder,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    AtomicFiles.replace(file, state, null);
    if (posix) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Override
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }
}

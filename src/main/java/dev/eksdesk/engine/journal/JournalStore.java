package dev.eksdesk.engine.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * The journals under {@code <home>/clusters/<name>/}: {@code journal.json}, its backup {@code
 * journal.json.bak} (the previous version), and the {@code lock} file that keeps a second process
 * off the cluster.
 */
public final class JournalStore {
  private final Path home;
  private final InstantSource clock;

  public JournalStore(Path home, InstantSource clock) {
    this.home = home;
    this.clock = clock;
  }

  public Path clusterDirectory(String cluster) {
    return home.resolve("clusters").resolve(cluster);
  }

  public Path journalFile(String cluster) {
    return clusterDirectory(cluster).resolve("journal.json");
  }

  public Path backupFile(String cluster) {
    return clusterDirectory(cluster).resolve("journal.json.bak");
  }

  public boolean exists(String cluster) {
    return Files.exists(journalFile(cluster));
  }

  /** Clusters with a journal, by name. */
  public List<String> clusters() {
    Path dir = home.resolve("clusters");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var entries = Files.list(dir)) {
      return entries
          .filter(p -> Files.exists(p.resolve("journal.json")))
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads without locking (status, the UI's list): never writes. */
  public Optional<JournalState> read(String cluster) throws JournalUnreadableException {
    Path file = journalFile(cluster);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    return Optional.of(parse(cluster, file));
  }

  /**
   * Locks the cluster and opens its journal, starting an empty one when there is none (a new
   * cluster; resources from a lost journal are still found by their tags).
   */
  public ClusterJournal open(String cluster)
      throws JournalLockedException, JournalUnreadableException {
    Lock lock = lock(cluster);
    try {
      Path file = journalFile(cluster);
      JournalState state =
          Files.exists(file) ? parse(cluster, file) : JournalState.empty(cluster, clock.instant());
      return journal(cluster, state, lock);
    } catch (JournalUnreadableException | RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  /** The way out of a damaged journal: put the backup back, keeping the damaged file aside. */
  public ClusterJournal openFromBackup(String cluster)
      throws JournalLockedException, JournalUnreadableException {
    Lock lock = lock(cluster);
    try {
      JournalState state = parse(cluster, backupFile(cluster));
      setAside(cluster);
      return journal(cluster, state, lock);
    } catch (JournalUnreadableException | RuntimeException e) {
      lock.release();
      throw e;
    }
  }

  /**
   * The other way out: set the damaged journal aside and start empty; the next apply or destroy
   * finds every resource again by its {@code eksdesk:*} tags. Nothing is deleted.
   */
  public ClusterJournal openRebuilding(String cluster) throws JournalLockedException {
    Lock lock = lock(cluster);
    setAside(cluster);
    return journal(cluster, JournalState.empty(cluster, clock.instant()), lock);
  }

  private ClusterJournal journal(String cluster, JournalState state, Lock lock) {
    Path file = journalFile(cluster);
    Path backup = backupFile(cluster);
    JournalWriter writer =
        next -> {
          try {
            AtomicFiles.replace(file, JournalCodec.write(next), backup);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
          }
        };
    return new ClusterJournal(state, clock, writer, lock::release);
  }

  private void setAside(String cluster) {
    Path file = journalFile(cluster);
    if (Files.exists(file)) {
      try {
        Files.move(
            file,
            file.resolveSibling("journal.json.unreadable-" + clock.millis()),
            StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private JournalState parse(String cluster, Path file) throws JournalUnreadableException {
    boolean backup = Files.exists(backupFile(cluster)) && !file.equals(backupFile(cluster));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new JournalUnreadableException(
          JournalUnreadableException.Reason.CORRUPT, file, e.getMessage(), backup);
    }
    JournalState state;
    try {
      state = JournalCodec.read(bytes);
    } catch (JsonProcessingException e) {
      throw new JournalUnreadableException(
          JournalUnreadableException.Reason.CORRUPT,
          file,
          "not valid journal JSON: " + e.getOriginalMessage(),
          backup);
    }
    if (state.format() == null || !state.format().startsWith("eksdesk-journal/")) {
      throw new JournalUnreadableException(
          JournalUnreadableException.Reason.FOREIGN, file, "format " + state.format(), backup);
    }
    if (!JournalState.FORMAT.equals(state.format())) {
      throw new JournalUnreadableException(
          JournalUnreadableException.Reason.NEWER_VERSION,
          file,
          "format " + state.format(),
          backup);
    }
    if (!cluster.equals(state.cluster())) {
      throw new JournalUnreadableException(
          JournalUnreadableException.Reason.FOREIGN,
          file,
          "it is the journal of cluster " + state.cluster(),
          backup);
    }
    return state;
  }

  private Lock lock(String cluster) throws JournalLockedException {
    Path lockFile = clusterDirectory(cluster).resolve("lock");
    try {
      FileChannel channel = AtomicFiles.openLockFile(lockFile);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new JournalLockedException(
            "Cluster "
                + cluster
                + " is already being worked on by another Eksdesk window or command (lock "
                + lockFile
                + "). Let it finish or close it, then try again.");
      }
      channel.truncate(0);
      channel.write(
          java.nio.ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
      return new Lock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + lockFile, e);
    }
  }

  private record Lock(FileChannel channel, FileLock lock) {
    void release() {
      if (!channel.isOpen()) {
        return; // already released: closing twice is harmless
      }
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}

package dev.eksdesk.engine.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.files.AtomicFiles;
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
 * The journals under {@code <folder>/clusters/<name>/}: {@code journal.json}, its backup {@code
 * journal.json.bak} (the previous version), and the {@code lock} file that keeps a second process
 * off the cluster.
 *
 * <p>An AWS account keeps one folder per region ({@link #perRegion}), since EKS names are unique
 * per region only. Its journals of format 1 lie one level up, shared by every region: such a
 * journal is opened by the region its {@code spec.yaml} names (or any, without one) and moves into
 * the region's folder, as format 2, on its first write.
 */
public final class JournalStore {
  private final Path home;
  private final String region;
  private final Path legacy;
  private final InstantSource clock;
  private final SharedState shared;
  private final String operation;

  /** Journals of an account without regions (the Sandbox) or of one region, directly in home. */
  public JournalStore(Path home, InstantSource clock) {
    this(home, "", null, clock, null, "");
  }

  private JournalStore(
      Path home,
      String region,
      Path legacy,
      InstantSource clock,
      SharedState shared,
      String operation) {
    this.home = home;
    this.region = region;
    this.legacy = legacy;
    this.clock = clock;
    this.shared = shared;
    this.operation = operation;
  }

  /**
   * The same journals kept by a team in S3: the shared journal is the truth (the local file its
   * copy), and opening one also takes the shared lock, naming {@code operation} (apply, destroy).
   */
  public JournalStore sharedThrough(SharedState sharedState, String operationName) {
    return new JournalStore(home, region, legacy, clock, sharedState, operationName);
  }

  /** Where the journals are shared, if they are. */
  public Optional<SharedState> shared() {
    return Optional.ofNullable(shared);
  }

  /** The journals of one region of an account: {@code <accountFolder>/<region>/clusters/...}. */
  public static JournalStore perRegion(Path accountFolder, String region, InstantSource clock) {
    return new JournalStore(accountFolder.resolve(region), region, accountFolder, clock, null, "");
  }

  /** The folder of the cluster's journal: its region's, or a format 1 one not yet moved. */
  public Path clusterDirectory(String cluster) {
    Path own = ownDirectory(cluster);
    return !Files.exists(own.resolve(JOURNAL)) && claimsLegacy(cluster)
        ? legacyDirectory(cluster)
        : own;
  }

  private static final String JOURNAL = "journal.json";

  private Path ownDirectory(String cluster) {
    return home.resolve("clusters").resolve(cluster);
  }

  private Path legacyDirectory(String cluster) {
    return legacy.resolve("clusters").resolve(cluster);
  }

  /** A journal of format 1 for the cluster that belongs to this region. */
  private boolean claimsLegacy(String cluster) {
    if (legacy == null || !Files.exists(legacyDirectory(cluster).resolve(JOURNAL))) {
      return false;
    }
    Path spec = legacyDirectory(cluster).resolve("spec.yaml");
    try {
      return !Files.exists(spec) || SpecYaml.load(spec).region().equals(region);
    } catch (SpecFileException | IOException e) {
      return false; // unreadable: left where it is rather than claimed by the wrong region
    }
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
    java.util.TreeSet<String> names = new java.util.TreeSet<>(namesIn(home));
    if (legacy != null) {
      namesIn(legacy).stream().filter(this::claimsLegacy).forEach(names::add);
    }
    return List.copyOf(names);
  }

  private static List<String> namesIn(Path folder) {
    Path dir = folder.resolve("clusters");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var entries = Files.list(dir)) {
      return entries
          .filter(p -> Files.exists(p.resolve(JOURNAL)))
          .map(p -> p.getFileName().toString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads without locking (status, the UI's list): never writes. */
  public Optional<JournalState> read(String cluster) throws JournalUnreadableException {
    if (shared != null) {
      Optional<SharedState.Fetched> fetched = shared.fetch(cluster);
      if (fetched.isPresent()) {
        return Optional.of(fetched.get().state());
      }
    }
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
    Runnable release = lock(cluster);
    try {
      Optional<SharedState.Fetched> fetched = fetchShared(cluster);
      if (fetched.isPresent()) {
        setAsideUnshared(cluster, fetched.get().state());
        return journal(cluster, fetched.get().state(), release, fetched);
      }
      Path file = journalFile(cluster);
      JournalState state =
          Files.exists(file)
              ? parse(cluster, file)
              : JournalState.empty(cluster, region, clock.instant());
      return journal(cluster, state, release, fetched);
    } catch (JournalUnreadableException | RuntimeException e) {
      release.run();
      throw e;
    }
  }

  /**
   * Holds the cluster's locks without opening its journal, for a change made outside the engine (a
   * node recycle, a CNI swap): the local one, then the shared one naming the operation when the
   * journals are shared. The caller runs the returned release when the change ends.
   */
  public Runnable hold(String cluster) throws JournalLockedException {
    return lock(cluster);
  }

  /** The way out of a damaged journal: put the backup back, keeping the damaged file aside. */
  public ClusterJournal openFromBackup(String cluster)
      throws JournalLockedException, JournalUnreadableException {
    Runnable release = lock(cluster);
    try {
      JournalState state = parse(cluster, backupFile(cluster));
      Optional<SharedState.Fetched> fetched = fetchSharedAnyway(cluster);
      setAside(cluster);
      return journal(cluster, state, release, fetched);
    } catch (JournalUnreadableException | RuntimeException e) {
      release.run();
      throw e;
    }
  }

  /**
   * The other way out: set the damaged journal aside and start empty; the next apply or destroy
   * finds every resource again by its {@code eksdesk:*} tags. Nothing is deleted.
   */
  public ClusterJournal openRebuilding(String cluster) throws JournalLockedException {
    Runnable release = lock(cluster);
    try {
      Optional<SharedState.Fetched> fetched = fetchSharedAnyway(cluster);
      setAside(cluster);
      return journal(
          cluster, JournalState.empty(cluster, region, clock.instant()), release, fetched);
    } catch (RuntimeException e) {
      release.run();
      throw e;
    }
  }

  private Optional<SharedState.Fetched> fetchShared(String cluster)
      throws JournalUnreadableException {
    return shared == null ? Optional.empty() : shared.fetch(cluster);
  }

  /**
   * The shared journal's version tag even when its content cannot be read: restoring the backup or
   * rebuilding writes over exactly that version.
   */
  private Optional<SharedState.Fetched> fetchSharedAnyway(String cluster) {
    try {
      return fetchShared(cluster);
    } catch (JournalUnreadableException e) {
      return shared.versionOnly(cluster);
    }
  }

  /**
   * A local copy newer than the shared journal holds records a run could not share (it stopped
   * between the two writes): kept aside, never overwritten; the steps' tags find those resources.
   */
  private void setAsideUnshared(String cluster, JournalState sharedState) {
    Path file = journalFile(cluster);
    try {
      if (Files.exists(file) && parse(cluster, file).serial() > sharedState.serial()) {
        Files.move(
            file,
            file.resolveSibling("journal.json.unshared-" + clock.millis()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (JournalUnreadableException e) {
      // a damaged copy: the shared journal replaces it (AtomicFiles keeps it as the backup)
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ClusterJournal journal(
      String cluster, JournalState state, Runnable release, Optional<SharedState.Fetched> fetched) {
    Path from = clusterDirectory(cluster);
    Path own = ownDirectory(cluster);
    Path file = own.resolve(JOURNAL);
    Path backup = own.resolve(JOURNAL + ".bak");
    JournalWriter localWriter =
        next -> {
          try {
            AtomicFiles.replace(file, JournalCodec.write(next), backup);
            if (!from.equals(own)) {
              moveIn(from, own);
            }
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file, e);
          }
        };
    JournalState withRegion =
        new JournalState(
            state.format(),
            state.serial(),
            state.cluster(),
            region,
            state.updatedAt(),
            state.steps(),
            state.pending());
    JournalWriter writer =
        shared == null
            ? localWriter
            : shared.writer(cluster, withRegion, fetched, localWriter, file);
    return new ClusterJournal(withRegion, clock, writer, release);
  }

  /**
   * Makes {@code state} (a shared journal pulled down) this machine's journal of its cluster, under
   * the local lock; the previous file becomes the backup.
   */
  public void copyIn(JournalState state) throws JournalLockedException {
    Lock lock = localLock(state.cluster());
    try {
      Path own = ownDirectory(state.cluster());
      AtomicFiles.replace(
          own.resolve(JOURNAL), JournalCodec.write(state), own.resolve(JOURNAL + ".bak"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the journal of " + state.cluster(), e);
    } finally {
      lock.release();
    }
  }

  /** After the first write of a format 1 journal into its region: the old one is set aside. */
  private static void moveIn(Path from, Path own) throws IOException {
    Path spec = from.resolve("spec.yaml");
    if (Files.exists(spec) && !Files.exists(own.resolve("spec.yaml"))) {
      AtomicFiles.replace(own.resolve("spec.yaml"), Files.readAllBytes(spec), null);
    }
    Path old = from.resolve(JOURNAL);
    if (Files.exists(old)) {
      Files.move(
          old, from.resolve(JOURNAL + ".moved-to-" + own.getParent().getParent().getFileName()));
    }
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
          JournalUnreadableException.Reason.CORRUPT, file.toString(), e.getMessage(), backup);
    }
    return decode(cluster, bytes, file.toString(), backup);
  }

  /**
   * A journal's content, checked: its format and its cluster.
   *
   * @param file the file (or S3 object) it was read from, for messages
   */
  static JournalState decode(String cluster, byte[] bytes, String file, boolean backup)
      throws JournalUnreadableException {
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
    if (!JournalState.readable(state.format())) {
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

  /** Takes the local lock, then the shared one when the journals are shared. */
  private Runnable lock(String cluster) throws JournalLockedException {
    Lock local = localLock(cluster);
    if (shared == null) {
      return local::release;
    }
    try {
      SharedLock held = shared.lock(cluster, operation);
      return () -> {
        try {
          held.release();
        } finally {
          local.release();
        }
      };
    } catch (JournalLockedException | RuntimeException e) {
      local.release();
      throw e;
    }
  }

  private Lock localLock(String cluster) throws JournalLockedException {
    Path lockFile = ownDirectory(cluster).resolve("lock");
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

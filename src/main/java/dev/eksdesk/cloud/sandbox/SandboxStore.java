package dev.eksdesk.cloud.sandbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.eksdesk.files.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Keeps the sandbox's state in {@code <home>/sandbox/state.json}, or nowhere. Every operation of
 * the account is one transaction: under a lock held across processes ({@code state.lock}) the
 * latest state is read, changed, and written back atomically with the previous version kept as
 * {@code state.json.bak}; so any number of Eksdesk processes can share one sandbox account.
 */
abstract class SandboxStore {
  /**
   * Runs {@code work} on the latest state, under the lock; what it changed is saved (also when it
   * throws, as a call that fails half-way in AWS leaves what it did), stamped no earlier than
   * {@code now}.
   */
  abstract <T> T transact(Instant now, Function<SandboxState, T> work);

  /** What had to be repaired when the state was read, for a person; empty when nothing. */
  abstract List<String> repairs();

  static SandboxStore none() {
    return new SandboxStore() {
      private final SandboxState state = new SandboxState();

      @Override
      <T> T transact(Instant now, Function<SandboxState, T> work) {
        return work.apply(state);
      }

      @Override
      List<String> repairs() {
        return List.of();
      }
    };
  }

  static SandboxStore in(Path home) {
    return new FileStore(home.resolve("sandbox").resolve("state.json"));
  }

  private static final class FileStore extends SandboxStore {
    private static final ObjectMapper MAPPER =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    /** A file lock is per process: threads of this one queue here first. */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path file;
    private final Path backup;
    private final Path lockFile;
    private final List<String> repairs = new ArrayList<>();

    FileStore(Path file) {
      this.file = file.toAbsolutePath().normalize();
      this.backup = this.file.resolveSibling("state.json.bak");
      this.lockFile = this.file.resolveSibling("state.lock");
    }

    @Override
    <T> T transact(Instant now, Function<SandboxState, T> work) {
      ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
      local.lock();
      try (FileChannel channel = AtomicFiles.openLockFile(lockFile);
          var ignored = channel.lock()) {
        boolean exists = Files.exists(file);
        byte[] before =
            exists ? Files.readAllBytes(file) : MAPPER.writeValueAsBytes(new SandboxState());
        SandboxState state = exists ? parse(before) : new SandboxState();
        try {
          return work.apply(state);
        } finally {
          // The moment is kept too, not only changes: the next process's clock starts from the
          // last moment any process saw, so what became ready meanwhile is ready for it as well.
          if (state.savedAt == null || state.savedAt.isBefore(now)) {
            state.savedAt = now;
          }
          byte[] after = MAPPER.writeValueAsBytes(state);
          if (!Arrays.equals(before, after)) {
            AtomicFiles.replace(file, after, backup);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(
            "the sandbox state " + file + " cannot be written: " + e.getMessage(), e);
      } finally {
        local.unlock();
      }
    }

    @Override
    synchronized List<String> repairs() {
      return List.copyOf(repairs);
    }

    /**
     * A damaged state (a truncated write, a disk error) is set aside and replaced by the backup, or
     * by an empty account when the backup is damaged too: the clusters' resources are then found
     * again by their tags only if they still exist, so say so.
     */
    private SandboxState parse(byte[] bytes) throws IOException {
      try {
        return MAPPER.readValue(bytes, SandboxState.class);
      } catch (IOException damaged) {
        Path aside = file.resolveSibling("state.json.damaged-" + System.currentTimeMillis());
        Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
        String why =
            "The sandbox state "
                + file
                + " could not be read ("
                + cause(bytes, damaged)
                + "); it was kept as "
                + aside.getFileName();
        SandboxState restored = fromBackup();
        String what =
            restored != null
                ? why
                    + " and the previous version ("
                    + backup.getFileName()
                    + ") was put back: the last change before the damage may be missing."
                : why
                    + " and no readable backup was found, so the sandbox starts empty: resources"
                    + " it held are gone; destroy each cluster to clear its journal.";
        synchronized (this) {
          repairs.add(what);
        }
        SandboxState state = restored != null ? restored : new SandboxState();
        AtomicFiles.replace(file, MAPPER.writeValueAsBytes(state), null);
        return state;
      }
    }

    private static String cause(byte[] bytes, IOException damaged) {
      if (bytes.length == 0) {
        return "it is empty";
      }
      if (damaged instanceof JsonEOFException
          || String.valueOf(damaged.getMessage()).contains("end-of-input")) {
        return "it ends early, as a write cut short does";
      }
      if (damaged instanceof JsonProcessingException
          && ((JsonProcessingException) damaged).getLocation() != null) {
        return "not valid JSON at line "
            + ((JsonProcessingException) damaged).getLocation().getLineNr();
      }
      return "not valid JSON";
    }

    private SandboxState fromBackup() {
      try {
        return Files.exists(backup) ? MAPPER.readValue(backup.toFile(), SandboxState.class) : null;
      } catch (IOException e) {
        return null;
      }
    }
  }
}

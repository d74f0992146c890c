package dev.eksdesk.cloud.sandbox;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps the sandbox's state in {@code <home>/sandbox/state.json} (atomic replace), or nowhere. */
abstract class SandboxStore {
  abstract SandboxState load();

  abstract void save(SandboxState state);

  static SandboxStore none() {
    return new SandboxStore() {
      @Override
      SandboxState load() {
        return new SandboxState();
      }

      @Override
      void save(SandboxState state) {}
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

    private final Path file;

    FileStore(Path file) {
      this.file = file;
    }

    @Override
    SandboxState load() {
      if (!Files.exists(file)) {
        return new SandboxState();
      }
      try {
        return MAPPER.readValue(file.toFile(), SandboxState.class);
      } catch (IOException e) {
        throw new UncheckedIOException("the sandbox state " + file + " cannot be read", e);
      }
    }

    @Override
    void save(SandboxState state) {
      try {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("state.json.tmp");
        MAPPER.writeValue(temp.toFile(), state);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException("the sandbox state " + file + " cannot be written", e);
      }
    }
  }
}

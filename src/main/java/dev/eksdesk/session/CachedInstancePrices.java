package dev.eksdesk.session;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cloud.InstancePrices;
import dev.eksdesk.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Keeps each price the cloud listed, and the day it was read, in a file under the Eksdesk home, so
 * each instance type and region is asked once a month: list prices change rarely, and a lookup
 * takes a second. "None listed" is kept too; a failed lookup is not. Thread-safe.
 */
public final class CachedInstancePrices implements InstancePrices {
  public static final Duration TIME_TO_LIVE = Duration.ofDays(30);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<TreeMap<String, Entry>> FILE_FORMAT = new TypeReference<>() {};

  private final InstancePrices source;
  private final Path file;
  private final Clock clock;
  private TreeMap<String, Entry> entries;

  /**
   * One price as read: {@code usdPerHour} null when none is listed, {@code fetched} an ISO date.
   */
  record Entry(Double usdPerHour, String fetched) {}

  public CachedInstancePrices(InstancePrices source, Path file, Clock clock) {
    this.source = source;
    this.file = file;
    this.clock = clock;
  }

  /** The file under an Eksdesk home. */
  public static Path fileIn(Path home) {
    return home.resolve("cache").resolve("instance-prices.json");
  }

  @Override
  public synchronized OptionalDouble hourlyUsd(String instanceType, String region) {
    String key = region + "/" + instanceType;
    LocalDate today = LocalDate.now(clock);
    Entry cached = entries().get(key);
    if (cached != null && fresh(cached, today)) {
      return cached.usdPerHour() == null
          ? OptionalDouble.empty()
          : OptionalDouble.of(cached.usdPerHour());
    }
    OptionalDouble price = source.hourlyUsd(instanceType, region);
    entries.put(key, new Entry(price.isPresent() ? price.getAsDouble() : null, today.toString()));
    save();
    return price;
  }

  private static boolean fresh(Entry entry, LocalDate today) {
    try {
      return !LocalDate.parse(entry.fetched()).plusDays(TIME_TO_LIVE.toDays()).isBefore(today);
    } catch (RuntimeException unreadableDate) {
      return false;
    }
  }

  /** An unreadable file (cut short, edited by hand) only costs lookups again; it is rewritten. */
  private TreeMap<String, Entry> entries() {
    if (entries == null) {
      try {
        entries = Files.exists(file) ? JSON.readValue(file.toFile(), FILE_FORMAT) : new TreeMap<>();
      } catch (IOException e) {
        entries = new TreeMap<>();
      }
    }
    return entries;
  }

  /** A cache that cannot be written costs the next run its lookups, never this run its answer. */
  private void save() {
    try {
      AtomicFiles.replace(
          file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(entries), null);
    } catch (IOException e) {
      // the price is known for this run; the next run asks AWS again
    }
  }
}

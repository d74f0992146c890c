package dev.eksdesk.domain.catalog;

import dev.eksdesk.domain.text.Suggestions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The EC2 instance types Eksdesk knows: a bundled snapshot, which the AWS adapter can overlay with
 * live DescribeInstanceTypes answers through {@link #withUpdates}.
 */
public final class InstanceCatalog {
  static final String BUNDLED_RESOURCE = "instance-types.csv";

  /** Price columns of the bundled file, mapped to the region code they price. */
  private static final Map<String, String> PRICE_COLUMNS =
      Map.of(
          "priceUsdPerHourEuCentral1", "eu-central-1",
          "priceUsdPerHourUsEast1", "us-east-1");

  private final Map<String, InstanceType> byName;

  private InstanceCatalog(Collection<InstanceType> types) {
    Map<String, InstanceType> map = new LinkedHashMap<>();
    types.stream()
        .sorted(
            Comparator.comparing(InstanceType::family)
                .thenComparingInt(t -> t.vcpus().orElse(Integer.MAX_VALUE)))
        .forEach(t -> map.put(t.name(), t));
    this.byName = Collections.unmodifiableMap(map);
  }

  public static InstanceCatalog of(Collection<InstanceType> types) {
    return new InstanceCatalog(types);
  }

  /** The snapshot shipped inside the application. */
  public static InstanceCatalog bundled() {
    try (InputStream in = InstanceCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled instance catalog is missing from the build");
      }
      return new InstanceCatalog(parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lines starting with {@code #} (the file's provenance) and blank lines are skipped. */
  static List<InstanceType> parseCsv(String csv) {
    try (BufferedReader reader = new BufferedReader(new java.io.StringReader(csv))) {
      Map<String, Integer> column = null;
      List<InstanceType> types = new ArrayList<>();
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (column == null) {
          column = columns(line);
          continue;
        }
        String[] cells = line.split(",", -1);
        try {
          types.add(toType(cells, column));
        } catch (RuntimeException e) {
          throw new IllegalStateException(
              "instance catalog line " + lineNumber + ": " + e.getMessage(), e);
        }
      }
      return types;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Integer> columns(String headerLine) {
    String[] header = headerLine.split(",", -1);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < header.length; i++) {
      column.put(header[i].trim(), i);
    }
    return column;
  }

  private static InstanceType toType(String[] cells, Map<String, Integer> column) {
    Map<String, Double> prices = new HashMap<>();
    PRICE_COLUMNS.forEach(
        (header, region) -> {
          Integer index = column.get(header);
          if (index != null && index < cells.length && !cells[index].isBlank()) {
            prices.put(region, Double.parseDouble(cells[index].trim()));
          }
        });
    String architecture = cell(cells, column, "architecture");
    return new InstanceType(
        cell(cells, column, "instanceType"),
        unknownIfEmpty(cell(cells, column, "vcpus")),
        unknownIfEmpty(cell(cells, column, "memoryMiB")),
        Integer.parseInt(cell(cells, column, "maxEnis")),
        Integer.parseInt(cell(cells, column, "ipv4PerEni")),
        Boolean.parseBoolean(cell(cells, column, "nitro")),
        Boolean.parseBoolean(cell(cells, column, "bareMetal")),
        architecture.isEmpty() ? Optional.empty() : Optional.of(Architecture.parse(architecture)),
        prices);
  }

  /** An empty cell is a figure no offline source publishes. */
  private static OptionalInt unknownIfEmpty(String cell) {
    return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
  }

  private static String cell(String[] cells, Map<String, Integer> column, String name) {
    Integer index = column.get(name);
    if (index == null) {
      throw new IllegalStateException("no column " + name);
    }
    return cells[index].trim();
  }

  public Optional<InstanceType> find(String name) {
    return Optional.ofNullable(name == null ? null : byName.get(name.trim()));
  }

  /**
   * The type of that name.
   *
   * @throws UnknownInstanceTypeException naming close matches
   */
  public InstanceType require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new UnknownInstanceTypeException(
                    name, Suggestions.closest(String.valueOf(name), byName.keySet(), 5)));
  }

  public List<InstanceType> all() {
    return List.copyOf(byName.values());
  }

  public int size() {
    return byName.size();
  }

  /** This catalog with the given types added or replaced (a live refresh from AWS). */
  public InstanceCatalog withUpdates(Collection<InstanceType> updates) {
    Map<String, InstanceType> merged = new LinkedHashMap<>(byName);
    updates.forEach(t -> merged.put(t.name(), t));
    return new InstanceCatalog(merged.values());
  }
}

package dev.eksdesk.domain.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Answers "which type runs N pods for the least money" under a CNI mode and region. */
public final class CheapestTypeFinder {
  private final InstanceCatalog catalog;

  public CheapestTypeFinder(InstanceCatalog catalog) {
    this.catalog = catalog;
  }

  /** A way to run the pods: so many nodes of one type, at a monthly price. */
  public record Option(InstanceType type, int nodes, double monthlyUsd) {}

  /** The cheapest ways, best first, to run {@code pods} of the user's pods beside EKS's own. */
  public List<Option> cheapest(int pods, CniMode mode, String region, int limit) {
    if (pods < 1) {
      throw new IllegalArgumentException("the number of pods must be at least 1");
    }
    return catalog.all().stream()
        .filter(t -> t.hourlyPriceUsd(region).isPresent())
        // a type whose memory is unknown offline cannot be shown to hold the pods
        .filter(t -> t.memoryMiB().isPresent())
        .map(t -> option(t, pods, mode, region))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingDouble(Option::monthlyUsd).thenComparing(o -> o.type().name()))
        .limit(limit)
        .toList();
  }

  private Optional<Option> option(InstanceType type, int pods, CniMode mode, String region) {
    int perNode = SystemPods.workloadSlotsPerNode(type, mode);
    if (perNode < 1) {
      return Optional.empty();
    }
    int needed = pods + SystemPods.CLUSTER;
    int nodes = (needed + perNode - 1) / perNode;
    double monthly = nodes * type.hourlyPriceUsd(region).orElseThrow() * Hours.PER_MONTH;
    return Optional.of(new Option(type, nodes, monthly));
  }
}

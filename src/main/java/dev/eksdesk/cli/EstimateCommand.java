package dev.eksdesk.cli;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimate;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.CostItem;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk estimate FILE}: the monthly cost at list prices, line by line. */
@Command(name = "estimate", description = "Monthly cost estimate of a spec, broken down.")
public final class EstimateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "FILE")
  private Path file;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  /** The JSON shape: total and items. */
  record Printed(String region, boolean exactPrices, double monthlyUsd, List<Item> items) {}

  record Item(String name, String category, double monthlyUsd, String basis) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    InstanceCatalog catalog = InstanceCatalog.bundled();
    Optional<ClusterSpec> cluster = SpecInput.loadValid(file, catalog, spec.commandLine().getErr());
    if (cluster.isEmpty()) {
      return ExitCodes.FAILED;
    }
    CostEstimate estimate = new CostEstimator(catalog, PriceBook.bundled()).estimate(cluster.get());
    if (output == OutputFormat.json) {
      out.println(Json.write(printed(estimate)));
      return ExitCodes.OK;
    }
    for (CostItem item : estimate.items()) {
      out.printf(
          Locale.ROOT,
          "%-18s %-38s %9.2f  %s%n",
          item.category().label(),
          item.name(),
          item.monthlyUsd(),
          item.basis());
    }
    out.printf(Locale.ROOT, "%-57s %9.2f USD/month%n", "Total", estimate.monthlyUsd());
    if (!estimate.exactPrices()) {
      out.println("(no price list for " + estimate.region() + ": us-east-1 prices used)");
    }
    return ExitCodes.OK;
  }

  private static Printed printed(CostEstimate estimate) {
    return new Printed(
        estimate.region(),
        estimate.exactPrices(),
        round(estimate.monthlyUsd()),
        estimate.items().stream()
            .map(i -> new Item(i.name(), i.category().name(), round(i.monthlyUsd()), i.basis()))
            .toList());
  }

  private static double round(double usd) {
    return Math.round(usd * 100) / 100.0;
  }
}

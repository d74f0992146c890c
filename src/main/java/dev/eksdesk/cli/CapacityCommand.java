package dev.eksdesk.cli;

import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.UnknownInstanceTypeException;
import dev.eksdesk.domain.spec.DefaultSpecs;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk capacity t3.micro m5.large}: max pods per node under each CNI mode. */
@Command(
    name = "capacity",
    description = "Max pods per node for instance types under each CNI mode, with prices.")
public final class CapacityCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TYPE", description = "EC2 instance types")
  private List<String> types = new ArrayList<>();

  @Option(names = "--region", description = "Region for prices (default ${DEFAULT-VALUE})")
  private String region = DefaultSpecs.REGION;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  /** One type's figures, as printed in JSON. */
  public record Row(
      String instanceType,
      int vcpus,
      int memoryMiB,
      int maxEnis,
      int ipv4PerEni,
      boolean nitro,
      int maxPodsVpcCni,
      Integer maxPodsPrefixDelegation,
      int maxPodsOverlay,
      Double pricePerHourUsd,
      String region) {
    static Row of(InstanceType t, String region) {
      var prefix = PodCapacity.prefixDelegation(t);
      var price = t.hourlyPriceUsd(region);
      return new Row(
          t.name(),
          t.vcpus(),
          t.memoryMiB(),
          t.maxEnis(),
          t.ipv4PerEni(),
          t.nitro(),
          PodCapacity.vpcCni(t),
          prefix.isPresent() ? prefix.getAsInt() : null,
          PodCapacity.overlay(t),
          price.isPresent() ? price.getAsDouble() : null,
          region);
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InstanceCatalog catalog = InstanceCatalog.bundled();
    List<Row> rows = new ArrayList<>();
    for (String name : types) {
      try {
        rows.add(Row.of(catalog.require(name), region));
      } catch (UnknownInstanceTypeException e) {
        err.println("eksdesk: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    if (output == OutputFormat.json) {
      out.println(Json.write(rows));
    } else {
      out.printf(
          Locale.ROOT,
          "%-16s %5s %9s %5s %7s %8s %8s %8s %10s%n",
          "TYPE",
          "VCPU",
          "MEM(MiB)",
          "ENIS",
          "IP/ENI",
          "VPC-CNI",
          "PREFIX",
          "OVERLAY",
          "USD/HOUR");
      for (Row r : rows) {
        out.printf(
            Locale.ROOT,
            "%-16s %5d %9d %5d %7d %8d %8s %8d %10s%n",
            r.instanceType(),
            r.vcpus(),
            r.memoryMiB(),
            r.maxEnis(),
            r.ipv4PerEni(),
            r.maxPodsVpcCni(),
            r.maxPodsPrefixDelegation() == null ? "-" : r.maxPodsPrefixDelegation().toString(),
            r.maxPodsOverlay(),
            r.pricePerHourUsd() == null
                ? "-"
                : String.format(Locale.ROOT, "%.4f", r.pricePerHourUsd()));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}

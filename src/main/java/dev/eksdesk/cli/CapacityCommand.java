package dev.eksdesk.cli;

import dev.eksdesk.cli.engine.AwsOptions;
import dev.eksdesk.cli.engine.EngineCommandContext;
import dev.eksdesk.cloud.AwsAccounts;
import dev.eksdesk.cloud.AwsSession;
import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.catalog.PodCapacity;
import dev.eksdesk.domain.catalog.PodLimit;
import dev.eksdesk.domain.catalog.UnknownInstanceTypeException;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.engine.journal.EksdeskHome;
import dev.eksdesk.session.CachedInstancePrices;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eksdesk capacity t3.micro m5.large}: max pods per node under each CNI mode. */
@Command(
    name = "capacity",
    description = {
      "Max pods per node for instance types under each CNI mode, with prices.",
      "Prices are bundled for most types in us-east-1 and eu-central-1 (--region, default "
          + DefaultSpecs.REGION
          + "); with --profile, --endpoint-url or AWS keys in the environment, the others come"
          + " from the AWS Price List API (needs pricing:GetProducts), kept for 30 days."
    })
public final class CapacityCommand implements Callable<Integer> {
  static final String PRICE_UNKNOWN = "price unknown offline";
  static final String PRICE_UNKNOWN_ONLINE = "price unknown";
  private static final String UNKNOWN = "unknown";

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TYPE", description = "EC2 instance types")
  private List<String> types = new ArrayList<>();

  @Mixin private AwsOptions account = new AwsOptions();

  private final AwsAccounts accounts;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  /** Pods that really fit on a node under one mode, and the limit that binds there. */
  public record Fit(int pods, String limitedBy) {
    static Fit of(PodLimit limit) {
      return new Fit(limit.pods(), limit.bound().label());
    }
  }

  /**
   * One type's figures, as printed in JSON. {@code maxPods*} are the kubelet's max-pods as AWS
   * computes them; {@code pods*} what fits once memory is counted. A null figure is unknown
   * offline, and {@code unknownOffline} names each.
   */
  public record Row(
      String instanceType,
      Integer vcpus,
      Integer memoryMiB,
      String architecture,
      int maxEnis,
      int ipv4PerEni,
      boolean nitro,
      boolean bareMetal,
      int maxPodsVpcCni,
      Integer maxPodsPrefixDelegation,
      int maxPodsOverlay,
      Fit podsVpcCni,
      Fit podsPrefixDelegation,
      Fit podsOverlay,
      Double pricePerHourUsd,
      String priceSource,
      String region,
      List<String> unknownOffline) {
    static Row of(InstanceType t, String region, CapacityPrices.Price price) {
      var prefix = PodCapacity.prefixDelegation(t);
      List<String> unknown = new ArrayList<>();
      if (t.vcpus().isEmpty()) {
        unknown.add("vcpus");
      }
      if (t.memoryMiB().isEmpty()) {
        unknown.add("memoryMiB");
      }
      if (t.architecture().isEmpty()) {
        unknown.add("architecture");
      }
      if (price.usdPerHour() == null) {
        unknown.add("pricePerHourUsd");
      }
      return new Row(
          t.name(),
          boxed(t.vcpus()),
          boxed(t.memoryMiB()),
          t.architecture().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(null),
          t.maxEnis(),
          t.ipv4PerEni(),
          t.nitro(),
          t.bareMetal(),
          PodCapacity.vpcCni(t),
          boxed(prefix),
          PodCapacity.overlay(t),
          Fit.of(PodCapacity.limit(t, CniMode.VPC_CNI)),
          prefix.isPresent()
              ? Fit.of(PodCapacity.limit(t, CniMode.VPC_CNI_PREFIX_DELEGATION))
              : null,
          Fit.of(PodCapacity.limit(t, CniMode.CALICO_OVERLAY)),
          price.usdPerHour(),
          price.source(),
          region,
          List.copyOf(unknown));
    }

    private static Integer boxed(OptionalInt value) {
      return value.isPresent() ? value.getAsInt() : null;
    }
  }

  /** With AWS as the command line reaches it: prices from the Price List API when named. */
  public CapacityCommand(EngineCommandContext context) {
    this.accounts = context.aws();
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    InstanceCatalog catalog = InstanceCatalog.bundled();
    List<InstanceType> known = new ArrayList<>();
    for (String name : types) {
      try {
        known.add(catalog.require(name));
      } catch (UnknownInstanceTypeException e) {
        err.println("eksdesk: " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    // an account that cannot be opened says why, and the bundled prices still print
    Optional<AwsSession> aws =
        account.namesAws(System.getenv()) ? account.openAws(accounts, null, err) : Optional.empty();
    try {
      String region =
          aws.flatMap(AwsSession::region).orElse(account.regionFlag().orElse(DefaultSpecs.REGION));
      CapacityPrices prices =
          new CapacityPrices(
              aws.map(
                  session ->
                      new CachedInstancePrices(
                          session.instancePrices(),
                          CachedInstancePrices.fileIn(EksdeskHome.resolve()),
                          Clock.systemUTC())),
              err);
      List<Row> rows = known.stream().map(t -> Row.of(t, region, prices.of(t, region))).toList();
      if (output == OutputFormat.json) {
        out.println(Json.write(rows));
      } else {
        printTable(out, rows, prices.online() ? PRICE_UNKNOWN_ONLINE : PRICE_UNKNOWN);
      }
    } finally {
      aws.ifPresent(AwsSession::close);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printTable(PrintWriter out, List<Row> rows, String priceUnknown) {
    String format = "%-18s %7s %9s %7s %4s %6s %5s %5s %14s %14s %14s  %s%n";
    out.printf(
        Locale.ROOT,
        format,
        "TYPE",
        "VCPU",
        "MEM(MiB)",
        "ARCH",
        "ENIS",
        "IP/ENI",
        "NITRO",
        "METAL",
        "VPC-CNI",
        "PREFIX",
        "OVERLAY",
        "USD/HOUR");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          format,
          r.instanceType(),
          orUnknown(r.vcpus()),
          orUnknown(r.memoryMiB()),
          orUnknown(r.architecture()),
          r.maxEnis(),
          r.ipv4PerEni(),
          yesNo(r.nitro()),
          yesNo(r.bareMetal()),
          pods(r.maxPodsVpcCni(), r.podsVpcCni()),
          r.podsPrefixDelegation() == null
              ? "-"
              : pods(r.maxPodsPrefixDelegation(), r.podsPrefixDelegation()),
          pods(r.maxPodsOverlay(), r.podsOverlay()),
          r.pricePerHourUsd() == null
              ? priceUnknown
              : String.format(Locale.ROOT, "%.4f", r.pricePerHourUsd()));
    }
    if (rows.stream().anyMatch(CapacityCommand::memoryBinds)) {
      out.println("\"(N mem)\": memory holds only N pods: " + PodCapacity.memoryRule() + ".");
    }
    if (rows.stream().anyMatch(r -> r.vcpus() == null)) {
      out.println(
          "vCPUs unknown offline: PREFIX and OVERLAY use the 110-pod ceiling; AWS allows 250"
              + " above 30 vCPUs.");
    }
  }

  private static boolean memoryBinds(Row r) {
    return Stream.of(r.podsVpcCni(), r.podsPrefixDelegation(), r.podsOverlay())
        .filter(Objects::nonNull)
        .anyMatch(f -> f.limitedBy().equals(PodLimit.Bound.MEMORY.label()));
  }

  /** The kubelet's max-pods, and what memory leaves of it when memory binds first. */
  private static String pods(int maxPods, Fit fit) {
    return fit.pods() < maxPods ? maxPods + " (" + fit.pods() + " mem)" : String.valueOf(maxPods);
  }

  private static String orUnknown(Object value) {
    return value == null ? UNKNOWN : value.toString();
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}

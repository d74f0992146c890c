package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import dev.eksdesk.domain.catalog.Architecture;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.catalog.InstanceType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceTypeHypervisor;
import software.amazon.awssdk.services.ec2.model.InstanceTypeInfo;
import software.amazon.awssdk.services.ec2.model.NetworkCardInfo;
import software.amazon.awssdk.services.ec2.model.NetworkInfo;

/**
 * Overlays the bundled instance catalog with the region's current-generation types from
 * DescribeInstanceTypes: vCPUs, memory, ENIs and addresses per ENI as AWS states them today. EC2
 * does not give prices, so each type keeps the bundled catalog's (none for a type it lacks).
 */
public final class InstanceCatalogRefresh {
  private final Ec2Client ec2;
  private final AwsFailures failures;

  public InstanceCatalogRefresh(AwsClients clients, AccountChoice account) {
    this.ec2 = clients.ec2();
    this.failures = new AwsFailures(account, clients.settings().endpointOverride().isPresent());
  }

  /**
   * @throws CloudException classified; the caller keeps {@code base} then
   */
  public InstanceCatalog refresh(InstanceCatalog base) {
    try {
      List<InstanceType> live =
          ec2
              .describeInstanceTypesPaginator(
                  r -> r.filters(f -> f.name("current-generation").values("true")))
              .instanceTypes()
              .stream()
              .map(info -> toType(info, base))
              .flatMap(Optional::stream)
              .toList();
      return base.withUpdates(live);
    } catch (SdkException e) {
      throw failures.translate(e, Call.LIST, "DescribeInstanceTypes");
    }
  }

  /**
   * ENIs of the default network card, the only card the VPC CNI puts pods on (as eni-max-pods.txt
   * counts them); a multi-card type's maximumNetworkInterfaces counts every card.
   */
  private static int enisForPods(NetworkInfo network) {
    Integer card = network.defaultNetworkCardIndex();
    return network.networkCards().stream()
        .filter(c -> Objects.equals(c.networkCardIndex(), card == null ? 0 : card))
        .map(NetworkCardInfo::maximumNetworkInterfaces)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(network.maximumNetworkInterfaces());
  }

  /** Empty for the architectures node groups cannot run (i386, the Mac types). */
  private static Optional<InstanceType> toType(InstanceTypeInfo info, InstanceCatalog base) {
    Optional<Architecture> architecture =
        info.processorInfo().supportedArchitecturesAsStrings().stream()
            .filter(a -> a.equals("x86_64") || a.equals("arm64"))
            .findFirst()
            .map(Architecture::parse);
    String name = info.instanceTypeAsString();
    Map<String, Double> prices =
        base.find(name).map(InstanceType::hourlyPriceUsdByRegion).orElse(Map.of());
    return architecture.map(
        arch ->
            new InstanceType(
                name,
                OptionalInt.of(info.vCpuInfo().defaultVCpus()),
                OptionalInt.of(info.memoryInfo().sizeInMiB().intValue()),
                enisForPods(info.networkInfo()),
                info.networkInfo().ipv4AddressesPerInterface(),
                info.hypervisor() == InstanceTypeHypervisor.NITRO,
                Boolean.TRUE.equals(info.bareMetal()),
                Optional.of(arch),
                prices));
  }
}

package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceTypeOffering;
import software.amazon.awssdk.services.ec2.model.LocationType;

/**
 * Which zones offer an instance type (DescribeInstanceTypeOfferings): not every type runs in every
 * zone, and a node group whose type a subnet's zone lacks fails after the control plane's ten
 * minutes, so this is asked before anything is created.
 */
public final class InstanceTypeOfferings {
  private final Ec2Client ec2;
  private final AwsFailures failures;

  public InstanceTypeOfferings(AwsClients clients, AccountChoice account) {
    this.ec2 = clients.ec2();
    this.failures = new AwsFailures(account, clients.settings().endpointOverride().isPresent());
  }

  /** The zones among {@code zones} that do not offer {@code instanceType}, in the given order. */
  public List<String> zonesLacking(String instanceType, List<String> zones) {
    Set<String> offered;
    try {
      offered =
          ec2
              .describeInstanceTypeOfferingsPaginator(
                  r ->
                      r.locationType(LocationType.AVAILABILITY_ZONE)
                          .filters(
                              f -> f.name("instance-type").values(instanceType),
                              f -> f.name("location").values(zones)))
              .instanceTypeOfferings()
              .stream()
              .map(InstanceTypeOffering::location)
              .collect(Collectors.toSet());
    } catch (SdkException e) {
      throw failures.translate(e, Call.DESCRIBE, "DescribeInstanceTypeOfferings");
    }
    return zones.stream().filter(zone -> !offered.contains(zone)).toList();
  }
}

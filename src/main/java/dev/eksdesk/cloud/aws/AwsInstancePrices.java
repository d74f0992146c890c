package dev.eksdesk.cloud.aws;

import dev.eksdesk.account.AccountChoice;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import dev.eksdesk.cloud.InstancePrices;
import dev.eksdesk.cloud.aws.AwsFailures.Call;
import java.util.OptionalDouble;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;

/**
 * The AWS Price List API (GetProducts on service AmazonEC2, served from us-east-1 whatever the
 * region priced): one request per instance type and region, filtered down to the on-demand Linux
 * product a node group runs.
 */
public final class AwsInstancePrices implements InstancePrices {
  /** The IAM action every lookup needs. */
  public static final String ACTION = "pricing:GetProducts";

  /** A handful of products at most remain after the filters; one page holds them. */
  private static final int MAX_RESULTS = 20;

  private final AwsClients clients;
  private final AwsFailures failures;

  public AwsInstancePrices(AwsClients clients, AccountChoice account) {
    this.clients = clients;
    this.failures = new AwsFailures(account, clients.settings().endpointOverride().isPresent());
  }

  @Override
  public OptionalDouble hourlyUsd(String instanceType, String region) {
    try {
      return PriceListItems.lowestHourlyUsd(
          clients
              .pricing()
              .getProducts(
                  r ->
                      r.serviceCode("AmazonEC2")
                          .formatVersion("aws_v1")
                          .maxResults(MAX_RESULTS)
                          .filters(
                              term("instanceType", instanceType),
                              term("regionCode", region),
                              term("operatingSystem", "Linux"),
                              term("tenancy", "Shared"),
                              term("preInstalledSw", "NA"),
                              term("capacitystatus", "Used")))
              .priceList());
    } catch (SdkException e) {
      CloudException failure =
          failures.translate(e, Call.DESCRIBE, "Price of " + instanceType + " in " + region);
      if (failure.kind() != FailureKind.ACCESS_DENIED) {
        throw failure;
      }
      throw new CloudException(
          FailureKind.ACCESS_DENIED,
          failure.awsCode(),
          "the AWS Price List API refused these credentials: they need "
              + ACTION
              + ". Ask an administrator to allow "
              + ACTION
              + " (it takes Resource \"*\"), or choose a profile that has it.",
          false,
          e);
    }
  }

  private static Filter term(String field, String value) {
    return Filter.builder().type(FilterType.TERM_MATCH).field(field).value(value).build();
  }
}

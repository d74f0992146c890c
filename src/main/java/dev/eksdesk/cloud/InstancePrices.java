package dev.eksdesk.cloud;

import java.util.OptionalDouble;

/** EC2 on-demand prices as the cloud lists them today, for types the app bundles no price of. */
public interface InstancePrices {

  /**
   * The on-demand Linux price per hour in USD (shared tenancy, no pre-installed software) of one
   * instance type in one region; empty when none is listed.
   *
   * @throws CloudException when the price list cannot be read (no permission, no network)
   */
  OptionalDouble hourlyUsd(String instanceType, String region);
}

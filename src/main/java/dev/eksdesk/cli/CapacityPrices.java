package dev.eksdesk.cli;

import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.InstancePrices;
import dev.eksdesk.domain.catalog.InstanceType;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where capacity's prices come from: the bundled catalog, else the AWS Price List API when an AWS
 * account is named. After one refusal the API is not asked again in the same run.
 */
final class CapacityPrices {
  static final String BUNDLED = "bundled";
  static final String PRICE_LIST = "aws-price-list";

  /** A price per hour in USD and where it came from; both null when unknown. */
  record Price(Double usdPerHour, String source) {
    static final Price UNKNOWN = new Price(null, null);
  }

  private final Optional<InstancePrices> listed;
  private final PrintWriter err;
  private boolean refused;

  CapacityPrices(Optional<InstancePrices> listed, PrintWriter err) {
    this.listed = listed;
    this.err = err;
  }

  /** Whether prices the app does not bundle are looked up. */
  boolean online() {
    return listed.isPresent();
  }

  Price of(InstanceType type, String region) {
    OptionalDouble bundled = type.hourlyPriceUsd(region);
    if (bundled.isPresent()) {
      return new Price(bundled.getAsDouble(), BUNDLED);
    }
    if (listed.isEmpty() || refused) {
      return Price.UNKNOWN;
    }
    try {
      OptionalDouble price = listed.get().hourlyUsd(type.name(), region);
      return price.isPresent() ? new Price(price.getAsDouble(), PRICE_LIST) : Price.UNKNOWN;
    } catch (CloudException e) {
      refused = true;
      err.println(
          "eksdesk: " + e.getMessage() + " Prices Eksdesk does not bundle show as unknown.");
      return Price.UNKNOWN;
    }
  }
}

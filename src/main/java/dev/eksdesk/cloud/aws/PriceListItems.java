package dev.eksdesk.cloud.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eksdesk.cloud.CloudException;
import dev.eksdesk.cloud.FailureKind;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Reads the Price List API's products: each a JSON document in a string, its on-demand price under
 * terms.OnDemand.{offer}.priceDimensions.{rate}.pricePerUnit.USD, per unit "Hrs".
 */
final class PriceListItems {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PriceListItems() {}

  /**
   * The lowest positive hourly USD price of the products: the filters leave one product per type
   * and region, and a zero price is a placeholder (a reservation's), never what a node costs.
   */
  static OptionalDouble lowestHourlyUsd(List<String> items) {
    return items.stream()
        .map(PriceListItems::read)
        .flatMap(item -> item.path("terms").path("OnDemand").findValues("priceDimensions").stream())
        .flatMap(dimensions -> dimensions.findParents("pricePerUnit").stream())
        .filter(dimension -> dimension.path("unit").asText().equals("Hrs"))
        .mapToDouble(dimension -> usd(dimension.path("pricePerUnit").path("USD").asText()))
        .filter(price -> price > 0)
        .min();
  }

  private static JsonNode read(String item) {
    try {
      return JSON.readTree(item);
    } catch (JsonProcessingException e) {
      throw unreadable("a product is not JSON");
    }
  }

  private static double usd(String price) {
    try {
      return Double.parseDouble(price);
    } catch (NumberFormatException e) {
      throw unreadable("a price is '" + price + "', not a number");
    }
  }

  private static CloudException unreadable(String what) {
    return new CloudException(
        FailureKind.UNKNOWN,
        "PriceList",
        "the AWS Price List API answered in a form Eksdesk cannot read ("
            + what
            + "); the price stays unknown. Report it with the Eksdesk version.");
  }
}

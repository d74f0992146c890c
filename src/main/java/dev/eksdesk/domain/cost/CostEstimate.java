package dev.eksdesk.domain.cost;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A monthly estimate, line by line. */
public record CostEstimate(String region, boolean exactPrices, List<CostItem> items) {
  public CostEstimate {
    // Grouped as the seed's table reads: NAT, control plane, EC2, the rest.
    items = items.stream().sorted(java.util.Comparator.comparing(CostItem::category)).toList();
  }

  public double monthlyUsd() {
    return items.stream().mapToDouble(CostItem::monthlyUsd).sum();
  }

  public Map<CostCategory, Double> byCategory() {
    Map<CostCategory, Double> sums = new EnumMap<>(CostCategory.class);
    for (CostCategory category : CostCategory.values()) {
      sums.put(category, 0.0);
    }
    items.forEach(i -> sums.merge(i.category(), i.monthlyUsd(), Double::sum));
    return sums;
  }
}

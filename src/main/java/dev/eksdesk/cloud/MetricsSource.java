package dev.eksdesk.cloud;

import java.util.List;

/** CloudWatch as the dashboards see it: what a cluster runs, and its metrics. */
public interface MetricsSource {

  /** The cluster's control plane, instances and NAT gateways; empty lists when it is gone. */
  MetricsInventory inventory(String clusterName);

  /**
   * Every query's series over the window, in the order asked. On AWS: one GetMetricData call per
   * {@value MetricRange#MAX_QUERIES_PER_CALL} queries, never one call per series.
   */
  List<MetricSeries> fetch(List<MetricQuery> queries, MetricsWindow window);
}

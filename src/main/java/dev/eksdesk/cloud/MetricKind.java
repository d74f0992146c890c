package dev.eksdesk.cloud;

/**
 * The CloudWatch metrics the dashboards chart: where each lives, which dimension names the
 * resource, and the statistic that answers the user's question (average CPU, total bytes, peak
 * connections).
 */
public enum MetricKind {
  NODE_CPU("CPU", "AWS/EC2", "CPUUtilization", "InstanceId", "Average", MetricUnit.PERCENT),
  NODE_NETWORK_IN("Network in", "AWS/EC2", "NetworkIn", "InstanceId", "Sum", MetricUnit.BYTES),
  NODE_NETWORK_OUT("Network out", "AWS/EC2", "NetworkOut", "InstanceId", "Sum", MetricUnit.BYTES),
  NAT_BYTES_OUT(
      "Bytes to destination",
      "AWS/NATGateway",
      "BytesOutToDestination",
      "NatGatewayId",
      "Sum",
      MetricUnit.BYTES),
  NAT_ACTIVE_CONNECTIONS(
      "Active connections",
      "AWS/NATGateway",
      "ActiveConnectionCount",
      "NatGatewayId",
      "Maximum",
      MetricUnit.COUNT),
  /** EKS publishes these free for Kubernetes 1.28 and later; older clusters have none. */
  CONTROL_PLANE_REQUESTS(
      "API requests", "AWS/EKS", "apiserver_request_total", "ClusterName", "Sum", MetricUnit.COUNT),
  CONTROL_PLANE_PENDING_PODS(
      "Pending pods", "AWS/EKS", "scheduler_pending_pods", "ClusterName", "Sum", MetricUnit.COUNT);

  private final String label;
  private final String namespace;
  private final String metricName;
  private final String dimension;
  private final String statistic;
  private final MetricUnit unit;

  MetricKind(
      String label,
      String namespace,
      String metricName,
      String dimension,
      String statistic,
      MetricUnit unit) {
    this.label = label;
    this.namespace = namespace;
    this.metricName = metricName;
    this.dimension = dimension;
    this.statistic = statistic;
    this.unit = unit;
  }

  public String label() {
    return label;
  }

  public String namespace() {
    return namespace;
  }

  public String metricName() {
    return metricName;
  }

  /** The dimension whose value is the resource: InstanceId, NatGatewayId or ClusterName. */
  public String dimension() {
    return dimension;
  }

  public String statistic() {
    return statistic;
  }

  public MetricUnit unit() {
    return unit;
  }
}

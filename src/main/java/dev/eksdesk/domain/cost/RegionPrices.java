package dev.eksdesk.domain.cost;

/** Hourly and monthly list prices, USD, of everything but EC2 instances, for one region. */
public record RegionPrices(
    double eksControlPlanePerHour,
    double natGatewayPerHour,
    double natGatewayPerGb,
    double publicIpv4PerHour,
    double ebsGp3PerGbMonth,
    double s3StandardPerGbMonth,
    double cloudWatchLogsIngestPerGb) {}

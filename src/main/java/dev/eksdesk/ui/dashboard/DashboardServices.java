package dev.eksdesk.ui.dashboard;

import dev.eksdesk.cloud.CostReportCache;
import dev.eksdesk.cloud.MetricsSource;
import dev.eksdesk.cluster.ClusterRuntimes;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.PriceBook;
import java.time.InstantSource;

/**
 * What the dashboards need, wired by the composition root for the sandbox or AWS.
 *
 * @param clock the account's clock, which the running cost ticks on (the sandbox's runs fast)
 */
public record DashboardServices(
    ClusterRuntimes clusters,
    MetricsSource metrics,
    CostReportCache costReports,
    ClusterFeed feed,
    InstanceCatalog catalog,
    PriceBook prices,
    InstantSource clock) {}

package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.CniMode;
import dev.eksdesk.domain.catalog.InstanceCatalog;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wizard's instance-type table over the whole bundled catalog: what reading the catalog,
 * filling the table, switching the CNI mode and answering "cheapest type for N pods" cost. The
 * numbers of docs/PERFORMANCE.md; excluded from normal builds like every "benchmark".
 */
@Tag("benchmark")
class InstanceTableBenchmark {
  private static final int RUNS = 30;

  public static void main(String[] args) {
    new InstanceTableBenchmark().theWholeCatalogInTheWizardTable();
  }

  @Test
  void theWholeCatalogInTheWizardTable() {
    long[] parse = new long[RUNS];
    long[] fill = new long[RUNS];
    long[] switchMode = new long[RUNS];
    long[] cheapest = new long[RUNS];
    int rows = 0;
    ClusterSpec spec = DefaultSpecs.firstCluster();
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      InstanceCatalog catalog = InstanceCatalog.bundled();
      parse[run] = System.nanoTime() - start;

      NodesPageModel nodes =
          new NodesPageModel(catalog, new CostEstimator(catalog, PriceBook.bundled()));
      start = System.nanoTime();
      nodes.load(
          spec.nodeGroup(),
          CniMode.VPC_CNI,
          spec.sshKey(),
          spec.controlPlane().kubernetesVersion(),
          "us-east-1");
      fill[run] = System.nanoTime() - start;
      rows = nodes.visibleRows().size();

      start = System.nanoTime();
      nodes.cniProperty().set(CniMode.CALICO_OVERLAY);
      switchMode[run] = System.nanoTime() - start;

      nodes.podsWantedProperty().set(100);
      start = System.nanoTime();
      nodes.findCheapest();
      cheapest[run] = System.nanoTime() - start;
    }
    System.out.printf(
        "%d rows; medians of %d runs: read catalog %.1f ms, fill table %.1f ms,"
            + " switch CNI mode %.1f ms, cheapest type for 100 pods %.1f ms%n",
        rows, RUNS, median(parse), median(fill), median(switchMode), median(cheapest));
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}

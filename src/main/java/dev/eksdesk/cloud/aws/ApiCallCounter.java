package dev.eksdesk.cloud.aws;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Counts API calls per service and operation, so dashboards can show what one refresh cost (Cost
 * Explorer and GetMetricData are billed per request). Counts calls, not retry attempts.
 */
public final class ApiCallCounter implements ExecutionInterceptor {

  /** One API operation, for example {@code CloudWatch / GetMetricData}. */
  public record Operation(String service, String name) implements Comparable<Operation> {
    @Override
    public int compareTo(Operation other) {
      int byService = service.compareTo(other.service);
      return byService != 0 ? byService : name.compareTo(other.name);
    }

    @Override
    public String toString() {
      return service + ":" + name;
    }
  }

  private final Map<Operation, LongAdder> counts = new ConcurrentHashMap<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    Operation operation =
        new Operation(
            attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME),
            attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    counts.computeIfAbsent(operation, key -> new LongAdder()).increment();
  }

  /** The counts so far, sorted by service and operation; later calls do not change it. */
  public Map<Operation, Long> snapshot() {
    return copy(false);
  }

  /** Returns the counts so far and starts again from zero, for "calls in this refresh". */
  public Map<Operation, Long> snapshotAndReset() {
    return copy(true);
  }

  private Map<Operation, Long> copy(boolean reset) {
    Map<Operation, Long> copy = new TreeMap<>();
    counts.forEach(
        (operation, count) -> {
          long sum = reset ? count.sumThenReset() : count.sum();
          if (sum > 0) {
            copy.put(operation, sum);
          }
        });
    return copy;
  }
}

package dev.eksdesk.kube;

/** CPU and memory in use, as metrics-server reports them. */
public record ResourceUse(long milliCpu, long memoryBytes) {
  public ResourceUse plus(ResourceUse other) {
    return new ResourceUse(milliCpu + other.milliCpu, memoryBytes + other.memoryBytes);
  }
}

package dev.eksdesk.kube;

import io.fabric8.kubernetes.client.informers.ResourceEventHandler;

/** An informer handler for callers that only need to know that something changed. */
public final class AnyChange {
  private AnyChange() {}

  /** A handler that runs {@code changed} on every add, update and delete. */
  public static <T> ResourceEventHandler<T> runs(Runnable changed) {
    return new ResourceEventHandler<>() {
      @Override
      public void onAdd(T obj) {
        changed.run();
      }

      @Override
      public void onUpdate(T oldObj, T newObj) {
        changed.run();
      }

      @Override
      public void onDelete(T obj, boolean deletedFinalStateUnknown) {
        changed.run();
      }
    };
  }
}

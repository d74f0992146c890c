package dev.eksdesk.kube;

/**
 * An object as the user inspects it: its YAML (without managedFields, as kubectl get -o yaml prints
 * it since 1.21) and a description in the manner of kubectl describe.
 */
public interface ObjectViews {
  /**
   * @throws IllegalStateException saying so when the object is gone
   */
  String yaml(ObjectRef object);

  /**
   * @throws IllegalStateException saying so when the object is gone
   */
  String describe(ObjectRef object);
}

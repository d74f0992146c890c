package dev.eksdesk.kube.sandbox;

/**
 * A Kubernetes object of the sandbox's API server as saved: its JSON, and the collection it lives
 * in (for example {@code /apis/apps/v1/namespaces/kube-system/daemonsets}).
 */
record SavedObject(String collection, String json) {}

package dev.eksdesk.ui.dashboard;

/**
 * What the Pod IPs advice cards' buttons start: prefix delegation here, the Calico swap on the
 * Nodes & Pods screen (whose panel runs its preflight), and the run screen's scale and node-type
 * dialogs (room for pods and cost as the choice changes, then the diff on the Review page).
 */
public record PodIpRemedies(
    PrefixDelegationViewModel prefixDelegation,
    Runnable openCniSwap,
    Runnable openScale,
    Runnable openRetype) {}

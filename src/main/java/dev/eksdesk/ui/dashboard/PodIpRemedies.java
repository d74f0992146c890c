package dev.eksdesk.ui.dashboard;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the Pod IPs advice cards' buttons start: prefix delegation here, the Calico swap on the
 * Nodes & Pods screen (whose panel runs its preflight), and the run screen's scale and node-type
 * dialogs (room for pods and cost as the choice changes, then the diff on the Review page).
 *
 * @param openRetype opens the node-type dialog on the type the advice suggests, when it names one
 */
public record PodIpRemedies(
    PrefixDelegationViewModel prefixDelegation,
    Runnable openCniSwap,
    Runnable openScale,
    Consumer<Optional<String>> openRetype) {}

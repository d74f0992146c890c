package dev.eksdesk.ui.wizard;

import dev.eksdesk.domain.catalog.InstanceType;
import dev.eksdesk.domain.cost.CostEstimate;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.ControlPlaneSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.MissingFieldException;
import dev.eksdesk.domain.spec.SpecFileException;
import dev.eksdesk.domain.spec.SpecProblem;
import dev.eksdesk.domain.spec.SpecValidator;
import dev.eksdesk.domain.spec.SpecYaml;
import dev.eksdesk.domain.spec.SubnetPodCapacity;
import dev.eksdesk.engine.plan.Plan;
import dev.eksdesk.engine.plan.StepTimings;
import dev.eksdesk.ui.fx.SandboxSpeedChoice;
import dev.eksdesk.ui.fx.UiExecutors;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wizard's state: the draft spec assembled from the pages, its problems, the page shown and
 * whether Next is allowed. Testable without a screen.
 */
public final class WizardViewModel {
  private static final Logger LOG = LoggerFactory.getLogger(WizardViewModel.class);
  private static final Pattern NUMBERED = Pattern.compile("(.+)-(\\d+)");
  private final WizardServices services;
  private final UiExecutors executors;
  private final SpecValidator validator;
  private final StringProperty name = new SimpleStringProperty();
  private final StringProperty state = new SimpleStringProperty("");
  private final StringProperty region = new SimpleStringProperty();
  private final DoubleProperty sandboxSpeed =
      new SimpleDoubleProperty(SandboxSpeedChoice.DEFAULT_SPEED);
  private final CredentialsPageModel credentials;
  private final NetworkPageModel network = new NetworkPageModel();
  private final NodesPageModel nodes;
  private final ObjectProperty<WizardPage> page =
      new SimpleObjectProperty<>(WizardPage.CREDENTIALS);
  private final ReadOnlyObjectWrapper<ClusterSpec> spec = new ReadOnlyObjectWrapper<>();
  private final ObservableList<SpecProblem> problems = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<CostEstimate> estimate = new ReadOnlyObjectWrapper<>();
  private final ObservableList<String> planLines = FXCollections.observableArrayList();
  private final ObservableList<PlanGroups.Group> planGroups = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper planSummary = new ReadOnlyStringWrapper("");
  private long planRequests;
  private final ObservableList<String> securityLines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper capacityLine = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper fileMessage = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper fileProblem = new ReadOnlyBooleanWrapper(false);
  private final BooleanBinding pageHasErrors;
  private final BooleanBinding blocked;
  private final StringBinding blockedReason;
  private final StringBinding vpcCidrMessage;
  private final StringBinding subnetsMessage;
  private final ChangeReview changeReview;
  private final ClusterSpec initial;
  private ControlPlaneSpec controlPlane;
  private Map<String, String> tags = Map.of();

  public WizardViewModel(WizardServices services, UiExecutors executors, ClusterSpec initial) {
    this.services = services;
    this.executors = executors;
    this.validator = new SpecValidator(services.catalog());
    this.credentials =
        new CredentialsPageModel(services.verifier(), services.credentialsStore(), executors);
    this.nodes = new NodesPageModel(services.catalog(), services.costs());
    this.changeReview = new ChangeReview(services.changes(), services.costs(), executors);
    this.initial = initial;
    load(initial);
    name.addListener((obs, old, now) -> nodes.followClusterName(text(old), text(now)));
    List<Observable> inputs = new ArrayList<>(List.of(name, region, state));
    inputs.addAll(List.of(network.dependencies()));
    inputs.addAll(List.of(nodes.dependencies()));
    inputs.forEach(o -> o.addListener(obs -> rebuild()));
    region.addListener(
        (obs, old, now) -> {
          network.regionProperty().set(now);
          nodes.regionProperty().set(now);
        });
    pageHasErrors =
        Bindings.createBooleanBinding(
            () -> problems.stream().anyMatch(p -> p.isError() && page.get().owns(p.path())),
            problems,
            page);
    BooleanBinding unverified =
        page.isEqualTo(WizardPage.CREDENTIALS).and(credentials.needsVerificationBinding());
    blocked = pageHasErrors.or(unverified);
    blockedReason =
        Bindings.createStringBinding(
            () ->
                pageHasErrors.get()
                    ? "Fix the marked fields to go on."
                    : unverified.get()
                        ? "Press Verify: the wizard goes on once these credentials are accepted."
                        : "",
            pageHasErrors,
            unverified);
    vpcCidrMessage = Bindings.createStringBinding(() -> FieldMessages.vpcCidr(problems), problems);
    subnetsMessage =
        Bindings.createStringBinding(
            () ->
                FieldMessages.subnets(
                    problems, network.subnets().stream().map(SubnetRow::name).toList()),
            problems,
            network.subnets());
    rebuild();
  }

  /** Fills every page from a spec (the default one, or a loaded file). */
  public void load(ClusterSpec source) {
    controlPlane = source.controlPlane();
    tags = source.tags();
    name.set(source.name());
    region.set(source.region());
    state.set(source.state());
    network.load(source.network(), source.region());
    nodes.load(
        source.nodeGroup(),
        source.cni(),
        source.sshKey(),
        source.controlPlane().kubernetesVersion(),
        source.region());
    rebuild();
  }

  /**
   * Opens the wizard on a running cluster's current spec, at the Nodes page; the Review page then
   * shows what applying the edits would change.
   */
  public void edit(ClusterSpec current) {
    load(current);
    changeReview.start(current);
    page.set(WizardPage.NODES);
  }

  /**
   * Opens the Review page on one change to a running cluster (a scale, a node type, an upgrade,
   * access from here): the diff of {@code edited} against what runs, and its cost against {@code
   * current}, applied as Edit's are.
   */
  public void review(ClusterSpec current, ClusterSpec edited) {
    load(edited);
    changeReview.start(current);
    page.set(WizardPage.REVIEW);
    refreshPlan();
  }

  /** Back to setting up a new cluster, from the first spec. */
  public void stopEditing() {
    changeReview.stop();
    load(initial);
    page.set(WizardPage.CREDENTIALS);
  }

  /**
   * A new cluster after one was built: the first page, on the default spec under a name not yet
   * used ({@code built}-2, -3, ...), so nothing of the last run is one click from being applied.
   */
  public void startOver(String built) {
    changeReview.stop();
    load(DefaultSpecs.forName(nextName(built)));
    page.set(WizardPage.CREDENTIALS);
  }

  private static String nextName(String built) {
    Matcher numbered = NUMBERED.matcher(built);
    return numbered.matches()
        ? numbered.group(1) + "-" + (Integer.parseInt(numbered.group(2)) + 1)
        : built + "-2";
  }

  public ChangeReview changeReview() {
    return changeReview;
  }

  private void rebuild() {
    if (network == null || nodes == null || controlPlane == null) {
      return; // still constructing
    }
    ClusterSpec draft;
    try {
      ControlPlaneSpec plane =
          new ControlPlaneSpec(
              nodes.kubernetesVersionProperty().get(),
              controlPlane.publicAccessCidrs(),
              controlPlane.auditLogging());
      draft =
          new ClusterSpec(
              text(name),
              text(region),
              plane,
              network.toSpec(),
              nodes.toNodeGroup(),
              nodes.cniProperty().get(),
              nodes.toSshKey(),
              tags,
              text(state));
    } catch (MissingFieldException e) {
      problems.setAll(SpecProblem.error(e.field(), e.getMessage()));
      spec.set(null);
      return;
    }
    spec.set(draft);
    problems.setAll(validator.validate(draft));
    estimate.set(
        services.catalog().find(draft.nodeGroup().instanceType()).isPresent()
                && !SpecValidator.hasErrors(problems)
            ? services.costs().estimate(draft)
            : null);
    securityLines.setAll(SecurityPosture.of(draft));
    capacityLine.set(capacityOf(draft));
  }

  private String capacityOf(ClusterSpec draft) {
    return services
        .catalog()
        .find(draft.nodeGroup().instanceType())
        .map(type -> describeCapacity(draft, type))
        .orElse("");
  }

  private String describeCapacity(ClusterSpec draft, InstanceType type) {
    int perNode = services.costs().podsPerNode(draft);
    long tightSubnets =
        SubnetPodCapacity.assess(draft, type).stream().filter(r -> !r.fits()).count();
    return String.format(
        java.util.Locale.ROOT,
        "%d pods per node; room for %d of your pods at desired size (%d nodes) after EKS's own; subnets %s.",
        perNode,
        services.costs().workloadPodCapacity(draft),
        draft.nodeGroup().desiredSize(),
        tightSubnets == 0
            ? "hold every address at max size"
            : tightSubnets + " too small at max size");
  }

  public void next() {
    if (!blocked.get() && page.get().ordinal() < WizardPage.values().length - 1) {
      page.set(WizardPage.values()[page.get().ordinal() + 1]);
      if (page.get() == WizardPage.REVIEW) {
        refreshPlan();
      }
    }
  }

  public void back() {
    if (page.get().ordinal() > 0) {
      page.set(WizardPage.values()[page.get().ordinal() - 1]);
    }
  }

  private void refreshPlan() {
    long request = ++planRequests;
    ClusterSpec current = spec.get();
    if (current == null || SpecValidator.hasErrors(problems)) {
      planLines.clear();
      return;
    }
    if (changeReview.editing()) {
      changeReview.refresh(current);
    }
    executors
        .background()
        .execute(
            () -> {
              Plan plan;
              try {
                plan = services.planPreview().plan(current);
              } catch (RuntimeException e) {
                LOG.warn("The review page could not plan {}", current.name(), e);
                return;
              }
              List<String> lines = List.of(plan.describe(StepTimings.aws()).split("\n"));
              List<PlanGroups.Group> groups = PlanGroups.of(plan.graph(StepTimings.aws()));
              String summary = PlanGroups.summary(plan, StepTimings.aws());
              executors
                  .fx()
                  .execute(
                      () -> {
                        // plans finish in any order on the background pool: the latest wins
                        if (request != planRequests) {
                          return;
                        }
                        planLines.setAll(lines);
                        planGroups.setAll(groups);
                        planSummary.set(summary);
                      });
            });
  }

  public boolean canCreate() {
    return spec.get() != null && !SpecValidator.hasErrors(problems);
  }

  /** Create, or, while a running cluster is edited, apply the changes the Review page shows. */
  public void create() {
    if (!canCreate()) {
      return;
    }
    if (changeReview.editing()) {
      changeReview.apply();
    } else {
      services.launcher().create(spec.get(), accountSelection());
    }
  }

  /** The account and region the wizard points at now, as Create hands them on. */
  public AccountSelection accountSelection() {
    return credentials.selection(text(region));
  }

  public void saveSpec(Path file) {
    ClusterSpec current = spec.get();
    if (current == null) {
      showFileMessage("Nothing to save: fill in the required fields first.", true);
      return;
    }
    executors
        .background()
        .execute(
            () -> {
              String message;
              boolean failed;
              try {
                SpecYaml.save(current, file);
                message = "Saved " + file;
                failed = false;
              } catch (IOException e) {
                message =
                    "Could not save "
                        + file
                        + ": "
                        + e.getMessage()
                        + ". Your settings are still here; choose another place.";
                failed = true;
              }
              String shown = message;
              boolean problem = failed;
              executors.fx().execute(() -> showFileMessage(shown, problem));
            });
  }

  /** Loads a spec file; a bad one is reported and the current draft is kept as it is. */
  public void loadSpec(Path file) {
    executors
        .background()
        .execute(
            () -> {
              try {
                ClusterSpec loaded = SpecYaml.load(file);
                executors
                    .fx()
                    .execute(
                        () -> {
                          load(loaded);
                          showFileMessage("Loaded " + file, false);
                        });
              } catch (SpecFileException e) {
                String message = notLoaded(file, e.problems());
                executors.fx().execute(() -> showFileMessage(message, true));
              } catch (IOException e) {
                String message =
                    "Could not read "
                        + file
                        + ": "
                        + e.getMessage()
                        + ".\nNothing was changed: the wizard keeps your settings.";
                executors.fx().execute(() -> showFileMessage(message, true));
              }
            });
  }

  /** Names the file, then each problem by line and key, then that nothing was replaced. */
  private static String notLoaded(Path file, List<SpecProblem> found) {
    StringBuilder text = new StringBuilder(file + " is not a cluster spec the wizard can load:");
    for (SpecProblem problem : found) {
      text.append("\n• ");
      if (problem.line() > 0) {
        text.append("line ").append(problem.line()).append(", ");
      }
      if (!problem.path().startsWith("(")) {
        text.append(problem.path()).append(": ");
      }
      text.append(problem.message());
    }
    return text.append("\nNothing was changed: the wizard keeps your settings.").toString();
  }

  private void showFileMessage(String message, boolean problem) {
    fileMessage.set(message);
    fileProblem.set(problem);
  }

  public List<SpecProblem> problemsOn(WizardPage target) {
    return problems.stream().filter(p -> target.owns(p.path())).toList();
  }

  private static String text(StringProperty property) {
    return text(property.get());
  }

  private static String text(String value) {
    return value == null ? "" : value.trim();
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** Where the cluster's journal lives: empty for this computer, or {@code s3://bucket/prefix}. */
  public StringProperty stateProperty() {
    return state;
  }

  public StringProperty regionProperty() {
    return region;
  }

  public CredentialsPageModel credentials() {
    return credentials;
  }

  /** How many times faster than real time the Sandbox builds, chosen on the Review page. */
  public DoubleProperty sandboxSpeedProperty() {
    return sandboxSpeed;
  }

  public NetworkPageModel network() {
    return network;
  }

  public NodesPageModel nodes() {
    return nodes;
  }

  public ObjectProperty<WizardPage> pageProperty() {
    return page;
  }

  public ReadOnlyObjectProperty<ClusterSpec> specProperty() {
    return spec.getReadOnlyProperty();
  }

  public ObservableList<SpecProblem> problems() {
    return problems;
  }

  public ReadOnlyObjectProperty<CostEstimate> estimateProperty() {
    return estimate.getReadOnlyProperty();
  }

  /** The plan's steps by part of the account (network, IAM, ...), for the review page. */
  public ObservableList<PlanGroups.Group> planGroups() {
    return planGroups;
  }

  public ReadOnlyStringProperty planSummaryProperty() {
    return planSummary.getReadOnlyProperty();
  }

  public ObservableList<String> planLines() {
    return planLines;
  }

  public ObservableList<String> securityLines() {
    return securityLines;
  }

  public ReadOnlyStringProperty capacityLineProperty() {
    return capacityLine.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty fileMessageProperty() {
    return fileMessage.getReadOnlyProperty();
  }

  /** True when the last Save spec or Load spec failed; its message says why. */
  public ReadOnlyBooleanProperty fileProblemProperty() {
    return fileProblem.getReadOnlyProperty();
  }

  public BooleanBinding pageHasErrorsBinding() {
    return pageHasErrors;
  }

  /**
   * Whether Next (and Create) must wait: the page has errors, or the credentials page shows AWS
   * credentials that Verify has not accepted yet.
   */
  public BooleanBinding blockedBinding() {
    return blocked;
  }

  /** What to do to go on, while {@link #blockedBinding()} holds. */
  public StringBinding blockedReasonBinding() {
    return blockedReason;
  }

  /** The VPC block's errors and how to write one, for beside the field; empty when it is fine. */
  public StringBinding vpcCidrMessageBinding() {
    return vpcCidrMessage;
  }

  /** The subnets' errors, each naming its subnet, and what to do; empty when they are fine. */
  public StringBinding subnetsMessageBinding() {
    return subnetsMessage;
  }
}

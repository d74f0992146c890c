package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cloud.AccountSession;
import dev.eksdesk.domain.cost.ChangeCost;
import dev.eksdesk.domain.cost.CostEstimator;
import dev.eksdesk.domain.cost.PriceBook;
import dev.eksdesk.domain.spec.ClusterSpec;
import dev.eksdesk.domain.spec.DefaultSpecs;
import dev.eksdesk.domain.spec.SpecProblem;
import dev.eksdesk.domain.spec.SpecValidator;
import dev.eksdesk.engine.diff.DiffText;
import dev.eksdesk.engine.diff.PlanChangedException;
import dev.eksdesk.engine.diff.PlanDiff;
import dev.eksdesk.engine.diff.PlanRefusedException;
import dev.eksdesk.engine.journal.JournalLockedException;
import dev.eksdesk.engine.journal.JournalStore;
import dev.eksdesk.engine.journal.JournalUnreadableException;
import dev.eksdesk.session.ClusterOperations;
import dev.eksdesk.session.SpecRefusedException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One change to a running cluster from the command line: the spec kept beside its journal is
 * edited, the diff printed with the cost delta per month, and, once confirmed (or with --yes),
 * exactly that diff applied; the edited spec is then the one kept.
 */
public final class SavedSpecChange {
  private SavedSpecChange() {}

  /**
   * What must hold before a planned change is offered (an upgrade's preflight): prints what it
   * found and says whether the change may go ahead.
   */
  public interface Preflight {
    /** Nothing to check: the change is offered as it is. */
    Preflight NONE = (diff, session, out, err) -> true;

    boolean allows(PlanDiff diff, AccountSession session, PrintWriter out, PrintWriter err);
  }

  public static int run(
      EngineCommandContext context,
      AccountOptions account,
      String cluster,
      boolean yes,
      UnaryOperator<ClusterSpec> edit,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    return run(context, account, cluster, yes, edit, Preflight.NONE, out, err);
  }

  static int run(
      EngineCommandContext context,
      AccountOptions account,
      String cluster,
      boolean yes,
      UnaryOperator<ClusterSpec> edit,
      Preflight preflight,
      PrintWriter out,
      PrintWriter err)
      throws Exception {
    Optional<AccountSession> opened = account.open(context, DefaultSpecs.REGION, err);
    if (opened.isEmpty()) {
      return ExitCodes.USAGE;
    }
    try (AccountSession session = opened.get()) {
      ClusterOperations operations =
          new ClusterOperations(context.home(), context.catalog(), session)
              .movingWorkloadsWith(context.movers().in(session));
      Optional<ClusterSpec> saved = operations.savedSpec(cluster);
      if (saved.isEmpty()) {
        err.println(
            "eksdesk: no cluster named "
                + cluster
                + " was applied from here in "
                + session.displayName()
                + ". Check the name (`eksdesk status`) and the account options.");
        return ExitCodes.USAGE;
      }
      ClusterSpec edited = edit.apply(saved.get());
      List<SpecProblem> problems = new SpecValidator(context.catalog()).validate(edited);
      problems.forEach(err::println);
      if (SpecValidator.hasErrors(problems)) {
        err.println("eksdesk: nothing was changed.");
        return ExitCodes.USAGE;
      }
      PlanDiff diff = operations.diff(edited, false);
      if (!preflight.allows(diff, session, out, err)) {
        err.println("eksdesk: nothing was changed.");
        return ExitCodes.USAGE;
      }
      // as apply: the changes are a preview (stderr) unless there are none, which is the result
      PrintWriter preview = diff.isEmpty() ? out : err;
      preview.print(DiffText.render(diff, session.displayName()));
      preview.println(
          ChangeCost.line(
              new CostEstimator(context.catalog(), PriceBook.bundled()), saved.get(), edited));
      preview.flush();
      if (diff.isEmpty()) {
        return ExitCodes.OK;
      }
      if (!yes && !ApplyCommand.confirmed(cluster, err)) {
        return ExitCodes.FAILED;
      }
      var run = operations.apply(edited, JournalStore::open, diff, false);
      return RunPrinter.run(run, session.scheduler(), StepSymbols.of(diff), out, err);
    } catch (JournalLockedException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.LOCKED;
    } catch (JournalUnreadableException e) {
      err.println("eksdesk: " + e.getMessage());
      return EngineExitCodes.JOURNAL_UNREADABLE;
    } catch (SpecRefusedException | PlanRefusedException e) {
      err.println("eksdesk: " + e.getMessage() + " Nothing was changed.");
      return ExitCodes.USAGE;
    } catch (PlanChangedException e) {
      err.println("eksdesk: " + e.getMessage());
      err.print(DiffText.render(e.now(), "the account"));
      return ExitCodes.FAILED;
    }
  }
}

package dev.eksdesk.cli.engine;

import dev.eksdesk.cli.ExitCodes;
import dev.eksdesk.cli.Json;
import dev.eksdesk.cli.OutputFormat;
import dev.eksdesk.cloud.CloudResource;
import dev.eksdesk.session.SandboxAccountSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eksdesk sandbox inventory}: everything alive in the simulated account, with tags. */
@Command(name = "inventory", description = "Everything alive in the sandbox, with its tags.")
public final class SandboxInventoryCommand implements Callable<Integer> {
  private final EngineCommandContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--output", description = "text or json (default ${DEFAULT-VALUE})")
  private OutputFormat output = OutputFormat.text;

  /** The JSON shape of one resource. */
  public record Item(
      String kind,
      String id,
      String state,
      Map<String, String> tags,
      Map<String, String> attributes) {
    static Item of(CloudResource r) {
      return new Item(r.kind().name(), r.id(), r.state().name(), r.tags(), r.attributes());
    }
  }

  public SandboxInventoryCommand() {
    this(EngineCommandContext.fromEnvironment());
  }

  public SandboxInventoryCommand(EngineCommandContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    List<Item> items;
    try (SandboxAccountSession session =
        new SandboxAccountSession(context.home(), context.catalog(), 1)) {
      session
          .repairs()
          .forEach(repair -> spec.commandLine().getErr().println("eksdesk: " + repair));
      items = session.everything().stream().map(Item::of).toList();
    }
    if (output == OutputFormat.json) {
      out.println(Json.write(items));
    } else if (items.isEmpty()) {
      out.println("The sandbox is empty.");
    } else {
      items.forEach(
          i -> out.printf("%-22s %-45s %-8s %s%n", i.kind(), i.id(), i.state(), i.tags()));
    }
    return ExitCodes.OK;
  }
}

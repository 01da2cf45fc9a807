package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.demo.DemoSchool;
import id.kantibekisah.wiring.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** Fills an empty database with the fictional demo school. */
@Command(name = "seed-demo",
        description = "Fill an empty database with the fictional demo school (~300 students, one account per role, "
                + "~150 cases over two terms).")
final class SeedDemoCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        try (AppServices services = AppServices.open(cli.database(), cli.clock())) {
            DemoSchool.Result result = new DemoSchool(services.db(), services.hasher(), cli.clock()).seed();
            services.db().tx(sql -> {
                services.audit().ok(sql, Actor.commandLine(), AuditAction.DEMO_SEED, null, null,
                        result.students() + " students, " + result.cases() + " cases");
                return null;
            });
            cli.out().println(cli.messages().get("cli.seed.done", services.db().file(),
                    String.valueOf(result.students()), String.valueOf(result.users()), String.valueOf(result.cases())));
            for (DemoSchool.Account a : DemoSchool.ACCOUNTS) {
                cli.out().printf("  %-10s %-18s %s%n", a.username(), a.password(), cli.messages().label(a.role()));
            }
        }
        return Cli.OK;
    }
}

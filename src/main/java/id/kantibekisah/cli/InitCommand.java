package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.wiring.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** Creates the database, or migrates an existing one to this program's schema. */
@Command(name = "init", description = "Create the database, or migrate it to this version's schema.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Override
    public Integer call() {
        try (AppServices services = AppServices.open(cli.database(), cli.clock())) {
            services.db().tx(sql -> {
                services.audit().ok(sql, Actor.commandLine(), AuditAction.DATABASE_INIT, null, null,
                        "schema " + Migrations.latestVersion());
                return null;
            });
            cli.out().println(cli.messages().get("cli.init.done", services.db().file(),
                    String.valueOf(Migrations.latestVersion())));
        }
        return Cli.OK;
    }
}

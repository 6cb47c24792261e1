package app.dossier.cli;

import app.dossier.domain.Person;
import app.dossier.domain.Role;
import app.dossier.service.Services;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "team", description = {
    "Records on PostgreSQL: who is signed in, and everyone with a login and a role;",
    "'team add-person NAME --role warehouse' adds a login (or prints the SQL the server's administrator runs)."})
final class TeamCommand extends DataCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "add-person", description = "Add a person's login.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "The person's login, e.g. kho.")
    String name;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "viewer",
            description = "desk (everything), warehouse (receiving and its photos) or viewer (reads only); default: ${DEFAULT-VALUE}.")
    String role;

    @Option(names = "--password", paramLabel = "TEXT",
            description = "The login's password; left out, set it on the server with psql's \\password NAME.")
    String password;

    @Override
    int run(Services services) {
        if (action == null) {
            Person me = services.team().signedIn();
            out().println("Signed in as " + me.login() + " (" + me.role().word() + ").");
            for (Person person : services.team().people()) {
                out().println(person.login() + "\t" + person.role().word());
            }
            return 0;
        }
        if (!"add-person".equals(action) || name == null) {
            err().println("Say: dossier team add-person NAME --role desk|warehouse|viewer");
            return 2;
        }
        Role chosen = Role.named(role);
        Optional<String> forAdministrator = services.team().addPerson(name, chosen, password);
        if (forAdministrator.isPresent()) {
            out().println("This login may not add logins on the server. The server's administrator adds "
                    + name.strip() + " by running this in psql as postgres (sudo -u postgres psql):");
            out().println();
            out().print(forAdministrator.get());
            return 0;
        }
        out().println("Added " + name.strip() + " (" + chosen.word() + ")."
                + (password == null ? " Set the password on the server: psql -c '\\password " + name.strip() + "'." : ""));
        return 0;
    }
}

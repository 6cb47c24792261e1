package app.dossier.cli;

import app.dossier.domain.UndoStep;
import app.dossier.domain.words.Words;
import app.dossier.service.Services;
import picocli.CommandLine.Command;

@Command(name = "redo", description = "Redo the last change undone, here or in the window.")
final class RedoCommand extends DataCommand {
    @Override
    int run(Services services) {
        Words words = Words.english();
        UndoStep step = services.undo().redo();
        out().println(words.get("cli.redone", words.get(step.what().key())));
        return 0;
    }
}

package app.dossier.cli;

import app.dossier.domain.UndoStep;
import app.dossier.domain.words.Words;
import app.dossier.service.Services;
import picocli.CommandLine.Command;

@Command(name = "undo", description = {"Undo the last change, made here or in the window.",
        "Payments, files moved, captions, files removed to the trash or attached, orders, factories and defects."})
final class UndoCommand extends DataCommand {
    @Override
    int run(Services services) {
        Words words = Words.english();
        UndoStep step = services.undo().undo();
        out().println(words.get("cli.undone", words.get(step.what().key())));
        services.undo().nextUndo().ifPresent(next -> out().println(words.get("cli.undo.next", words.get(next.what().key()))));
        return 0;
    }
}

package app.dossier.cli;

import app.dossier.domain.Factory;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "edit-factory", description = "Correct a factory's details. A new name moves its folder.")
final class EditFactoryCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "FACTORY", description = "Name, part of it, or id.")
    String factory;

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Option(names = "--latin", paramLabel = "NAME")
    String latinName;

    @Option(names = "--shop", paramLabel = "URL")
    String shopUrl;

    @Option(names = "--wechat", paramLabel = "ID")
    String wechatId;

    @Option(names = "--contact", paramLabel = "TEXT")
    String contact;

    @Option(names = "--notes", paramLabel = "TEXT")
    String notes;

    @Override
    int run(Services services) {
        Factory f = services.factories().find(factory);
        Factory saved = services.factories().update(new Factory(f.id(), or(name, f.name()), or(latinName, f.latinName()),
                or(shopUrl, f.shopUrl()), or(wechatId, f.wechatId()), or(contact, f.contact()), or(notes, f.notes()),
                f.folder()));
        out().println("Saved factory " + saved.id() + ": " + saved.displayName() + "  (folder " + saved.folder() + ")");
        return 0;
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }
}

package app.dossier.cli;

import app.dossier.domain.Factory;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "add-factory", description = "Register a factory and create its folder.")
final class AddFactoryCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "Name as the factory writes it, e.g. 义乌市佳美日用品有限公司.")
    String name;

    @Option(names = "--latin", paramLabel = "NAME", description = "Name in Latin letters.")
    String latinName;

    @Option(names = "--shop", paramLabel = "URL", description = "1688 shop link.")
    String shopUrl;

    @Option(names = "--wechat", paramLabel = "ID", description = "WeChat ID.")
    String wechatId;

    @Option(names = "--contact", paramLabel = "TEXT", description = "Contact person.")
    String contact;

    @Option(names = "--notes", paramLabel = "TEXT", description = "Notes.")
    String notes;

    @Override
    int run(Services services) {
        Factory saved = services.factories().add(new Factory(0, name, latinName, shopUrl, wechatId, contact, notes, null));
        out().println("Added factory " + saved.id() + ": " + saved.displayName() + "  (folder " + saved.folder() + ")");
        return 0;
    }
}

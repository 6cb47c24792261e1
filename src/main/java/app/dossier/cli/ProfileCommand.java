package app.dossier.cli;

import app.dossier.domain.BusinessProfile;
import app.dossier.domain.words.Words;
import app.dossier.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "profile", description = {
    "Show or set your business profile: who you are and how to reach you, said on the first page of every"
            + " dispute packet.",
    "Options given are set and the others kept; an option given as \"\" clears that field."})
final class ProfileCommand extends DataCommand {
    @Option(names = "--name", paramLabel = "NAME", description = "Your name, e.g. \"Nguyễn Thị Mai\".")
    String name;

    @Option(names = "--company", paramLabel = "NAME", description = "Your company, e.g. \"Công ty TNHH Mai Home\".")
    String company;

    @Option(names = "--contact", paramLabel = "TEXT", description = "Phone or e-mail, as the factory should use it.")
    String contact;

    @Option(names = "--member", paramLabel = "NAME", description = "Your 1688 member name (会员名).")
    String memberName;

    @Option(names = "--wechat", paramLabel = "ID", description = "Your WeChat ID.")
    String wechatId;

    private boolean changing() {
        return name != null || company != null || contact != null || memberName != null || wechatId != null;
    }

    /** Showing the profile works on a folder another Dossier holds or that is read-only; setting it does not. */
    @Override
    boolean readsOnly() {
        return !changing();
    }

    @Override
    int run(Services services) {
        Words words = Words.english();
        BusinessProfile profile = services.profile().profile();
        if (changing()) {
            profile = services.profile().save(new BusinessProfile(or(name, profile.name()),
                    or(company, profile.company()), or(contact, profile.contact()),
                    or(memberName, profile.memberName()), or(wechatId, profile.wechatId())));
            out().println(words.get("cli.profile.saved"));
        }
        if (profile.isEmpty()) {
            out().println(words.get("cli.profile.none"));
            return 0;
        }
        row(words.get("cli.profile.name"), profile.name());
        row(words.get("cli.profile.company"), profile.company());
        row(words.get("cli.profile.contact"), profile.contact());
        row(words.get("cli.profile.member"), profile.memberName());
        row(words.get("cli.profile.wechat"), profile.wechatId());
        return 0;
    }

    private void row(String label, String value) {
        out().println(String.format("%-18s%s", label, value == null ? "-" : value));
    }

    private static String or(String given, String current) {
        return given == null ? current : given;
    }
}

package app.dossier.cli;

import app.dossier.domain.DossierException;
import app.dossier.domain.words.Words;
import app.dossier.service.DataFolders;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dossier}: the top command. Without a subcommand the app opens its window instead. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Case files for orders from 1688 factories: agreement, confirmation, payments, receiving.",
        subcommands = {
            SampleCommand.class,
            FactoriesCommand.class,
            OrdersCommand.class,
            ShowCommand.class,
            AddFactoryCommand.class,
            EditFactoryCommand.class,
            RemoveFactoryCommand.class,
            UnarchiveFactoryCommand.class,
            AddOrderCommand.class,
            EditOrderCommand.class,
            RemoveOrderCommand.class,
            UnarchiveCommand.class,
            AttachCommand.class,
            MarkDefectCommand.class,
            MoveFileCommand.class,
            CaptionCommand.class,
            RemoveFileCommand.class,
            TrashCommand.class,
            HistoryCommand.class,
            WorkstationCommand.class,
            TeamCommand.class,
            ServeCommand.class,
            PayCommand.class,
            TransfersCommand.class,
            EditPaymentCommand.class,
            RemovePaymentCommand.class,
            UndoCommand.class,
            RedoCommand.class,
            ReceiveCommand.class,
            RemoveReceivingCommand.class,
            DefectsCommand.class,
            OpenDisputeCommand.class,
            Import1688Command.class,
            ImportChatCommand.class,
            ProfileCommand.class,
            SearchCommand.class,
            CheckCommand.class,
            DisputeStepCommand.class,
            EditStepCommand.class,
            RemoveStepCommand.class,
            PacketCommand.class,
            RefundFolderCommand.class,
            VerifyCommand.class,
            RebuildCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            MoveToPostgresqlCommand.class,
            MoveToSqliteCommand.class,
            BackupSettingsCommand.class,
            ExportCommand.class,
            VerifyBagCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DossierCommand implements Runnable {
    private final DataFolders folders;

    public DossierCommand(DataFolders folders) {
        this.folders = folders;
    }

    DataFolders folders() {
        return folders;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Say which command to run.");
    }

    /**
     * {@code --help} on every subcommand prints its help, even when its required parameters are
     * missing, and the options it needs are starred; added here once rather than on each command.
     */
    private static void helpOnEverySubcommand(CommandLine commandLine) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
            spec.usageMessage().requiredOptionMarker('*');
            if (spec.options().stream().anyMatch(OptionSpec::required)
                    || spec.positionalParameters().stream().anyMatch(p -> p.required())) {
                spec.usageMessage().footer("Marked * are required.");
            }
        }
    }

    /** Runs the command line and returns its exit code: 0 done, 1 failed or problems found, 2 wrong usage. */
    public static int run(DataFolders folders, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DossierCommand(folders));
        commandLine.setOut(out);
        commandLine.setErr(err);
        Converters.register(commandLine);
        helpOnEverySubcommand(commandLine);
        commandLine.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(e.getMessage());
            failed.getErr().println(Words.english().get("cli.seeHelp", failed.getCommandName().replace("dossier", "")
                    .strip() + (failed.getCommandName().equals("dossier") ? "" : " ")));
            return 2;
        });
        commandLine.setExecutionExceptionHandler((e, failed, parseResult) -> {
            if (e instanceof DossierException) {
                failed.getErr().println(e.getMessage());
                return 1;
            }
            failed.getErr().println(Words.english().get("cli.unexpected", e.toString()));
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}

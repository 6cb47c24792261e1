package app.dossier.cli;

import app.dossier.service.Problem;
import app.dossier.service.ProgressListener;
import app.dossier.service.Services;
import app.dossier.service.VerifyReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", description = {
    "Re-hash every file and compare the case files with the database.",
    "Exit 0 when all is consistent; otherwise 1 and one line per problem:",
    "MISSING (recorded, not on disk), MODIFIED (content changed), ORPHAN (on disk, not recorded),",
    "DRIFT (a case.json or factory.json that disagrees with the database),",
    "HISTORY (an order's history.jsonl whose hash chain breaks, or that differs from the database: the entry is named)."})
final class VerifyCommand extends DataCommand implements ReadsOnly {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    int run(Services services) {
        VerifyReport report = services.verify().verify(ProgressListener.NONE);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("consistent", report.consistent());
            m.put("filesChecked", report.filesChecked());
            List<Object> problems = new ArrayList<>();
            for (Problem p : report.problems()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("kind", p.kind().name());
                item.put("path", p.path());
                item.put("detail", p.detail());
                problems.add(item);
            }
            m.put("problems", problems);
            Json.print(out(), m);
        } else {
            report.problems().forEach(p -> out().println(p.line()));
            if (report.consistent()) {
                err().println("All consistent: " + report.filesChecked() + " files checked.");
            }
        }
        return report.consistent() ? 0 : 1;
    }
}

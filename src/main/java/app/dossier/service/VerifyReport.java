package app.dossier.service;

import java.util.List;

/** What verify found: every problem, sorted by path, and how many files it checked. */
public record VerifyReport(List<Problem> problems, int filesChecked, boolean cancelled) {
    public boolean consistent() {
        return problems.isEmpty() && !cancelled;
    }
}

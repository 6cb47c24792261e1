package app.dossier.service;

/**
 * What removing an order or a factory did: deleted it ({@code archived} false: it held nothing, its
 * folder went to the trash) or archived it (it holds {@code files} files and {@code payments} payments,
 * or, for a factory, {@code orders} orders), so that the user is told which.
 */
public record Removal(boolean archived, String name, int files, int payments, int orders) {
    static Removal deleted(String name) {
        return new Removal(false, name, 0, 0, 0);
    }
}

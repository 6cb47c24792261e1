package app.dossier.service;

import app.dossier.app.Composition;
import app.dossier.domain.DossierException;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Money;
import app.dossier.domain.Payment;
import app.dossier.domain.PaymentCovers;
import app.dossier.store.DatabaseAddress;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * One PC of a team, in a process of its own (see {@link TeamOnServerTest}): opens its own data
 * folder on the shared server and case-files root, then records payments with their proof and
 * attaches receiving photos to the team's orders, picked at random, one change after another. It
 * prints {@code RECOVERED\t<n>} with what opening it put right, then {@code OPEN}, {@code SAVED\t<kind>\t<name>} only after a change has returned saved,
 * {@code REFUSED\t<reason>} when one is refused, and {@code DONE} at the end. It stops after
 * {@code count} changes, or, with -1, when the file {@code stop} appears in its sources folder.
 *
 * <p>Arguments: data folder, case-files root, database address, name, count, seed, sources folder.
 */
public final class TeamWriter {
    private TeamWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        DataLocation location = new DataLocation(data, Path.of(args[1]), DatabaseAddress.parse(args[2]));
        String name = args[3];
        int count = Integer.parseInt(args[4]);
        Random random = new Random(Long.parseLong(args[5]));
        java.util.Set<Integer> drawn = new java.util.HashSet<>();
        // the warehouse's PC apart from every desk's
        int range = name.startsWith("kho") ? 0 : 1 + Math.floorMod(name.hashCode(), 89);
        Path sources = Files.createDirectories(Path.of(args[6]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Services services = new Composition().open(location)) {
            List<Long> orders = services.orders().list(null).stream().map(s -> s.order().id()).toList();
            out.println("RECOVERED\t" + services.recovered().size());
            out.println("OPEN");
            for (int i = 0; count < 0 ? !Files.exists(sources.resolve("stop")) : i < count; i++) {
                long orderId = orders.get(random.nextInt(orders.size()));
                String label = name + "-" + i;
                // a picture of its own (its number drawn on it, seven digits at most to fit): the same bytes
                // twice in an order are one file. Each PC draws its numbers from a range of its own.
                int seed;
                do {
                    seed = range * 100_000 + random.nextInt(100_000);
                } while (!drawn.add(seed));
                Path file = Workspace.photo(sources, label + ".jpg", seed);
                try {
                    if (random.nextInt(5) < 3) {
                        services.payments().record(new Payment(0, orderId, LocalDate.of(2026, 9, 2),
                                Money.of(100 + random.nextInt(9000) + ".00", Money.CNY), new BigDecimal("3650"),
                                PaymentCovers.DEPOSIT, "Alipay", null, label, null, null), EvidenceInput.of(file));
                        out.println("SAVED\tpayment\t" + label);
                    } else {
                        AttachReport report = services.evidence().attach(orderId, EvidenceCategory.RECEIVING,
                                List.of(EvidenceInput.of(file)), ProgressListener.NONE);
                        if (!report.refused().isEmpty() || report.added().isEmpty()) {
                            out.println("REFUSED\t" + report.refused() + report.duplicates());
                            continue;
                        }
                        out.println("SAVED\tfile\t" + report.added().get(0).originalName());
                    }
                } catch (DossierException e) {
                    out.println("REFUSED\t" + e.getMessage().replace('\n', ' '));
                }
                Files.deleteIfExists(file);
            }
        }
        out.println("DONE");
    }
}

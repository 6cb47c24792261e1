package app.dossier.cli;

import app.dossier.domain.DefectRegion;
import app.dossier.domain.DossierException;
import app.dossier.domain.Evidence;
import app.dossier.domain.Order;
import app.dossier.service.EvidenceService;
import app.dossier.service.Services;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "mark-defect", description = {
    "Mark where on a photo the defect is, for the close-up the dispute packet prints beside the photo;",
    "or clear the mark."})
final class MarkDefectCommand extends DataCommand {
    @Parameters(index = "0", paramLabel = "ORDER", description = "Order number or id.")
    String order;

    @Parameters(index = "1", paramLabel = "FILE", description = "The photo, by its file name, its path in the order's"
            + " folder or its id (see 'dossier show ORDER').")
    String file;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--region", paramLabel = "LEFT,TOP,WIDTH,HEIGHT", description = {
            "In percent of the photo as it is seen upright, from its top left corner, e.g. 41.2,30,25,18",
            "(a % after each number may be written)."})
        String region;

        @Option(names = "--clear", description = "Remove the mark.")
        boolean clear;
    }

    @Override
    int run(Services services) {
        Order o = services.orders().find(order);
        Evidence photo = OrderFiles.find(services, o, file);
        DefectRegion region = what.clear ? null : parse(what.region);
        services.evidence().markDefect(photo.id(), region);
        out().println(region == null ? "Cleared the marked defect on " + photo.file() + "."
                : "Marked the defect on " + photo.file() + ": " + describe(region) + ".");
        return 0;
    }

    /** "41.2,30,25,18" or "41.2%, 30%, 25%, 18%": percent of the upright photo. */
    static DefectRegion parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new DossierException("Give the region as four numbers in percent, left,top,width,height,"
                    + " e.g. 41.2,30,25,18; “" + text + "” is not.");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i].strip();
            if (part.endsWith("%")) {
                part = part.substring(0, part.length() - 1).strip();
            }
            try {
                values[i] = Double.parseDouble(part) / 100;
            } catch (NumberFormatException e) {
                throw new DossierException("“" + parts[i].strip() + "” in the region is not a number.");
            }
        }
        return EvidenceService.region(values[0], values[1], values[2], values[3]);
    }

    /** "left 41.2%, top 30%, 25% wide, 18% high". */
    static String describe(DefectRegion region) {
        return "left " + percent(region.left()) + ", top " + percent(region.top()) + ", " + percent(region.width())
                + " wide, " + percent(region.height()) + " high";
    }

    private static String percent(double fraction) {
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.2f", fraction * 100)).stripTrailingZeros()
                .toPlainString() + "%";
    }
}

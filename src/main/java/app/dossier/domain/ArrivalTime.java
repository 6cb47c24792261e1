package app.dossier.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When the goods arrived, as the photos of the delivery tell it. The arrival time starts the 48 hours
 * in which the goods are checked and the factory told, so it is never taken from the computer's clock
 * at the moment of typing: it is proposed from the earliest photo whose time can be believed, and a
 * photo taken before the arrival typed says that arrival is too late.
 */
public final class ArrivalTime {
    private ArrivalTime() {
    }

    /** What a photo's time says about the arrival. */
    public enum Check {
        /** Taken at or after the arrival, by a clock that can be believed. */
        FITS,
        /** The photo does not say when it was taken: neither proposed from nor flagged. */
        NO_TIME,
        /** Later than now: the phone's clock is ahead (another zone kept, or never set). */
        CLOCK_AHEAD,
        /** Before the day the order was placed: a wrong clock, or not a photo of this delivery. */
        BEFORE_ORDER,
        /** Taken before the arrival typed: the goods were there earlier than that. */
        BEFORE_ARRIVAL
    }

    /**
     * The arrival proposed from the photos.
     *
     * @param at     the earliest believable capture time, to the minute
     * @param from   the photo it comes from
     * @param photos how many photos it was chosen among (those with a believable time)
     */
    public record Proposal(LocalDateTime at, PhotoTaken from, int photos) {
    }

    /** A photo and what its time says; {@code check} is never FITS in a list of flags. */
    public record Flag(PhotoTaken photo, Check check) {
    }

    /**
     * Whether a photo's time can tell when the goods arrived: NO_TIME without one, CLOCK_AHEAD when it
     * is later than {@code now} by more than phones and computers drift apart ({@link CaptureTime}'s
     * slack), BEFORE_ORDER when it is before the day the order was placed, else FITS.
     */
    public static Check believable(PhotoTaken photo, LocalDateTime now, LocalDate orderedOn) {
        if (photo.at() == null) {
            return Check.NO_TIME;
        }
        if (now != null && photo.at().isAfter(now.plus(CaptureTime.SLACK))) {
            return Check.CLOCK_AHEAD;
        }
        if (orderedOn != null && photo.at().toLocalDate().isBefore(orderedOn)) {
            return Check.BEFORE_ORDER;
        }
        return Check.FITS;
    }

    /**
     * The arrival the photos show: the earliest believable capture time, to the minute (the form takes
     * minutes); empty when no photo has one. On equal times the first photo given is named.
     */
    public static Optional<Proposal> propose(List<PhotoTaken> photos, LocalDateTime now, LocalDate orderedOn) {
        List<PhotoTaken> usable = photos.stream().filter(p -> believable(p, now, orderedOn) == Check.FITS).toList();
        return usable.stream().min(Comparator.comparing(PhotoTaken::at))
                .map(p -> new Proposal(p.at().truncatedTo(ChronoUnit.MINUTES), p, usable.size()));
    }

    /**
     * What to tell the user before saving {@code arrivedAt}: each photo whose time is not believable
     * (CLOCK_AHEAD, BEFORE_ORDER) and each taken before the arrival, to the minute (BEFORE_ARRIVAL),
     * in the order given; photos that fit or say no time are left out. Empty when {@code arrivedAt}
     * is null but for the wrong clocks.
     */
    public static List<Flag> check(List<PhotoTaken> photos, LocalDateTime arrivedAt, LocalDateTime now,
            LocalDate orderedOn) {
        List<Flag> out = new ArrayList<>();
        for (PhotoTaken photo : photos) {
            Check check = believable(photo, now, orderedOn);
            if (check == Check.FITS && arrivedAt != null
                    && photo.at().truncatedTo(ChronoUnit.MINUTES).isBefore(arrivedAt)) {
                check = Check.BEFORE_ARRIVAL;
            }
            if (check != Check.FITS && check != Check.NO_TIME) {
                out.add(new Flag(photo, check));
            }
        }
        return out;
    }

    /** The photos taken before {@code arrivedAt}, whose time can be believed. */
    public static List<PhotoTaken> takenBefore(List<PhotoTaken> photos, LocalDateTime arrivedAt, LocalDateTime now,
            LocalDate orderedOn) {
        return check(photos, arrivedAt, now, orderedOn).stream().filter(f -> f.check() == Check.BEFORE_ARRIVAL)
                .map(Flag::photo).toList();
    }
}

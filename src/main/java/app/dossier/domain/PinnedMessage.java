package app.dossier.domain;

import java.time.LocalDateTime;

/**
 * A message the user pinned, as the dispute packet quotes it and as case.json keeps it: where it is
 * in the chat's file (from 0), when it was sent, by whom, and its words. The time and words let a
 * rebuild check that the file still holds this message at that place.
 */
public record PinnedMessage(int index, LocalDateTime sentAt, String sender, String text) {
}

package app.dossier.phone;

import app.dossier.domain.ReceivingRecord;

/** A receiving record a phone saved, with how many photos it sent with it. */
public record SavedFromPhone(ReceivingRecord record, int photos) {
}

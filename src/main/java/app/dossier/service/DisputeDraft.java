package app.dossier.service;

import app.dossier.domain.CaseFile;
import app.dossier.domain.Dispute;
import app.dossier.domain.DisputeFacts;
import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Resolution;
import java.util.List;

/**
 * A dispute as its view shows it: the facts its records support, the message for the factory (in
 * Chinese) and for the buyer's file (in the buyer's language) — as edited, else as drafted —, the
 * refund the facts support, what may happen next, and which evidence categories are missing.
 * {@code whyNoMessage} says why no message could be drafted (nothing counted yet), else null.
 */
public record DisputeDraft(Dispute dispute, CaseFile caseFile, DisputeFacts facts, String factoryMessage,
        String buyerMessage, boolean edited, Resolution.PartialRefund proposedRefund, List<DisputeStatus> nextSteps,
        List<EvidenceCategory> missing, String whyNoMessage) {
}

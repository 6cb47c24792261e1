package app.dossier.ui.factory;

/** One dispute with the factory: when and where it stands, on which order, and what it is about. */
public record FactoryDisputeRow(long disputeId, String heading, String summary) {
}

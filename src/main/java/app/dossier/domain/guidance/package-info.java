/**
 * What Dossier tells the importer about each order: which of the four records are complete, the
 * common mistakes of the seed as {@link app.dossier.domain.guidance.Finding}s, deadlines, contract
 * advice, messages to send the factory, receiving sample plans and each factory's record.
 *
 * <p>Everything here is a pure function of the case files, a {@link java.time.Clock} and
 * {@link app.dossier.domain.guidance.GuidanceSettings}; nothing is stored. Evidence is recognised by
 * an {@link app.dossier.domain.guidance.EvidenceClassifier}, which can be replaced. The rules, one
 * line each, are listed on {@link app.dossier.domain.guidance.Completeness},
 * {@link app.dossier.domain.guidance.Warnings}, {@link app.dossier.domain.guidance.Deadlines} and
 * {@link app.dossier.domain.guidance.ContractAdvice}. Findings, gaps and deadlines carry a kind and
 * named values, no sentence: {@link app.dossier.domain.guidance.GuidanceWords} words them in each
 * language from the words (decision 20).
 */
package app.dossier.domain.guidance;

package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: DUO reported the result of the leerbaarheidstoets (SS131, read from DUO's Leerbaarheidstoets-API).
 * The intake capability records it where the brede intake keeps the LBT, so the casemanager's intake and PIP see it.
 * Published with Spring's ApplicationEventPublisher, in the caller's transaction.
 *
 * @param dossierId     the dossier
 * @param uitslag       HAALBAAR, NIET_HAALBAAR or ONBEKEND (the intake's codes)
 * @param score         DUO's behaalde score, null when DUO gave none or no number
 * @param vereisteScore DUO's benodigde score, likewise
 * @param datum         the day the toets was taken
 */
public record LeerbaarheidstoetsDuoOntvangen(Long dossierId, String uitslag, Integer score, Integer vereisteScore,
                                             LocalDate datum) {
}

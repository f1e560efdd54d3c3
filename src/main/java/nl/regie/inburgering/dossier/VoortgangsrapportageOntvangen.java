package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: the taalaanbieder's progress report was stored (published inside the transaction that stores it).
 * Capabilities that judge a report by their own policy listen in the same transaction, e.g. handhaving's attendance
 * threshold, so the leerroute does not need to know that policy.
 *
 * @param dossiernummer the dossier
 * @param periodeVan    first day the report covers: the day after the previous report's period, or the traject's start
 * @param periodeTot    last day the report covers
 * @param aanwezigheid  attendance in the period in % (0..100); null when the report has none
 * @param oordeel       the reporter's judgement, when the report has one (the taalaanbieder's topic has none today)
 */
public record VoortgangsrapportageOntvangen(String dossiernummer, LocalDate periodeVan, LocalDate periodeTot,
                                            Integer aanwezigheid, String oordeel) {
}

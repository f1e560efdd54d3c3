package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: DUO reported exam results ({@link GebeurtenisType#EXAMENRESULTAAT_DUO}, DUO SS199 "Uitslag examen
 * bekend"). Published synchronously inside the transaction that records the event: the leerroute capability checks
 * the toelichting code and stores the results; an invalid code throws (400 naming {@code toelichting}) and nothing is
 * written.
 *
 * @param dossierId   the dossier
 * @param examendatum the exam date
 * @param code        the toelichting: {@code ONDERDEEL:UITSLAG[;ONDERDEEL:UITSLAG…]}, e.g. {@code LEZEN:GEHAALD;KNM:NIET_GEHAALD}
 */
public record ExamenresultaatDuoOntvangen(Long dossierId, LocalDate examendatum, String code) {
}

package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: DUO reported a fine it imposed itself ({@link GebeurtenisType#BOETE_DUO}). Published synchronously
 * inside the transaction that records the event: the handhaving capability checks the toelichting code; an invalid
 * code throws (400 naming {@code toelichting}) and nothing is written. DUO's fine is a fact on the dossier, never a
 * fine of the gemeente.
 *
 * @param dossierId the dossier
 * @param datum     the date of DUO's beschikking
 * @param code      the toelichting: {@code ONDERDEEL:<PVT|MAP|LEERROUTE|INBURGERINGSTERMIJN>;BEDRAG:<euros.centen>}
 */
public record BoeteDuoOntvangen(Long dossierId, LocalDate datum, String code) {
}

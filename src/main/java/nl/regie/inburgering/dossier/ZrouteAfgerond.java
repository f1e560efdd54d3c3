package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: the Z-route ended with the gemeente's eindgesprek (leerroute_traject, with its hours). Published in
 * the transaction that records it; listeners run in that transaction (the DUO report of the completion and the hours,
 * duo/melding).
 *
 * @param trajectId the leerroute_traject row that ended
 */
public record ZrouteAfgerond(String dossiernummer, Long trajectId, LocalDate datum) {
}

package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: the gemeente held the MAP eindgesprek (map_traject). Published in the transaction that records it;
 * listeners run in that transaction (the DUO report, duo/melding, records its fact there).
 */
public record MapEindgesprekGevoerd(String dossiernummer, LocalDate datum) {
}

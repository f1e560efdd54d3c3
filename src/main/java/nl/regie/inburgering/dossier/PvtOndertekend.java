package nl.regie.inburgering.dossier;

import java.time.LocalDate;

/**
 * Dossier event: the PVT provider reported the participatieverklaring signed (pvt_traject). Published in the
 * transaction that records it; listeners run in that transaction (the DUO report, duo/melding, records its fact there).
 */
public record PvtOndertekend(String dossiernummer, LocalDate datum) {
}

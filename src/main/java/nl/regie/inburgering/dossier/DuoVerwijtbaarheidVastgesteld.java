package nl.regie.inburgering.dossier;

/**
 * Dossier event: a handhaving case gave the verwijtbaar indication for one of DUO's results (duo_verwijtbaarheid:
 * PVT, MAP or LEERROUTE). Published in the transaction that records it; listeners run in that transaction (the DUO
 * report where DUO's interface has the indication, duo/melding).
 */
public record DuoVerwijtbaarheidVastgesteld(String dossiernummer, String onderdeel, Long indicatieId) {
}

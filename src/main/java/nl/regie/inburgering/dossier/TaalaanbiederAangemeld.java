package nl.regie.inburgering.dossier;

/**
 * Dossier event: the taalaanbieder the gemeente contracted confirmed the enrolment (a new leerroute_traject row, the
 * gemeente's inburgeringsaanbod). Published in the transaction that records it; listeners run in that transaction
 * (the DUO report of the aanbod with the taalaanbieder's instellingsnummer, duo/melding).
 */
public record TaalaanbiederAangemeld(String dossiernummer, Long trajectId) {
}

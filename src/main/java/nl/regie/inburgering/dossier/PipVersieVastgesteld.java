package nl.regie.inburgering.dossier;

/**
 * Dossier event: a PIP version was fixed (the first PIP, or a PIP change: Wi 15). Published with Spring's
 * ApplicationEventPublisher inside the transaction that fixes it. Capabilities whose running tracks follow the PIP's
 * agreements listen and read the version from our table (pip_versie): voortgang re-plans the waiting conversation
 * at the new interval; ontzorgen stops or starts the withholding as the PIP agrees.
 *
 * @param dossiernummer the dossier
 * @param versie        the PIP version now in force
 */
public record PipVersieVastgesteld(String dossiernummer, int versie) {
}

package nl.regie.inburgering.dossier;

/**
 * Dossier event: the plicht of the dossier was decided on our table: established (the check, or the casemanager's
 * overrule "toch plichtig") or confirmed absent (the dossier closes as not obliged). Published with Spring's
 * ApplicationEventPublisher inside the transaction that records it; {@link TrajectenStarter} reacts once it has
 * committed (MB and ontzorgen start only for an inburgeringsplichtige, and stop when the dossier closes without plicht).
 *
 * @param dossiernummer the dossier
 * @param plichtig      true: obliged (tracks may start); false: closed as not obliged (running tracks stop)
 */
public record PlichtVastgesteld(String dossiernummer, boolean plichtig) {
}

package nl.regie.inburgering.dossier;

/**
 * Dossier event: someone (a voortgangsgesprek, a casemanager) asks to change the PIP. The pip capability listens
 * and starts a PIP change (a new PIP version, fixed with four eyes). Published with Spring's ApplicationEventPublisher.
 *
 * @param dossiernummer the dossier
 * @param aanleiding    why (for example {@code VOORTGANGSGESPREK})
 * @param door          the user who asked
 */
public record PipWijzigingGevraagd(String dossiernummer, String aanleiding, String door) {
}

package nl.regie.inburgering.dossier;

/**
 * Dossier event: the plicht of the dossier was decided on our table: established (the casemanager's overrule "toch
 * plichtig") or confirmed absent (the dossier closes as not obliged). Published with Spring's
 * ApplicationEventPublisher inside the transaction that records it; listeners run in that transaction (a failure
 * fails the step: a retried job, then an incident). MB and ontzorgen follow the decision in a step of their own in
 * the main process ({@link TrajectenStarter#STAP_NA_PLICHTBESLUIT}, {@link TrajectenStarter#STAP_STOPPEN_ZONDER_PLICHT});
 * without such a step (a main process on an older model version, or a publisher outside a process)
 * {@link TrajectenStarter} reacts to this event in the same transaction instead.
 *
 * @param dossiernummer    the dossier
 * @param plichtig         true: obliged (tracks may start); false: closed as not obliged (running tracks stop)
 * @param trajectenStapVolgt true when the publishing model version has the step that starts or stops the tracks
 */
public record PlichtVastgesteld(String dossiernummer, boolean plichtig, boolean trajectenStapVolgt) {

    /**
     * A decision without a step to follow (published outside a process, or by a model version without the step):
     * MB and ontzorgen follow it in the publishing transaction, so they never depend on a step that is not there.
     */
    public PlichtVastgesteld(String dossiernummer, boolean plichtig) {
        this(dossiernummer, plichtig, false);
    }
}

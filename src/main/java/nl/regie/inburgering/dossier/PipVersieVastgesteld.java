package nl.regie.inburgering.dossier;

/**
 * Dossier event: a PIP version was fixed (the first PIP, or a PIP change: Wi 15). Published with Spring's
 * ApplicationEventPublisher inside the transaction that fixes it; listeners run in that transaction (a failure fails
 * the step: a retried job, then an incident) and read the version from our table (pip_versie): voortgang re-plans
 * the waiting conversation at the new interval. Ontzorgen follows the PIP in a step of its own right after the
 * fixing ({@code Task_OntzorgenVolgensPip} in pip.bpmn and pip-wijziging.bpmn, asyncBefore); without such a step (a
 * PIP process on an older model version, or a publisher outside a process) ontzorgen reacts to this event in the same
 * transaction instead.
 *
 * @param dossiernummer        the dossier
 * @param versie               the PIP version now in force
 * @param ontzorgenStapVolgt   true when the publishing model version has the step in which ontzorgen follows the PIP
 */
public record PipVersieVastgesteld(String dossiernummer, int versie, boolean ontzorgenStapVolgt) {

    /** The step in pip.bpmn and pip-wijziging.bpmn in which ontzorgen follows the fixed version. */
    public static final String STAP_ONTZORGEN = "Task_OntzorgenVolgensPip";

    /**
     * A version fixed without a step to follow (outside a process, or by a model version without the step): ontzorgen
     * follows it in the publishing transaction, so it never depends on a step that is not there.
     */
    public PipVersieVastgesteld(String dossiernummer, int versie) {
        this(dossiernummer, versie, false);
    }
}

package nl.regie.inburgering.voortgang;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.PipVersieVastgesteld;

/**
 * A fixed PIP version may change the voortgangsgesprekken interval (Wi 16: the PIP fixes it): the waiting
 * conversation is re-planned at once from our tables ({@link Voortgangsplanning#herplan}); nothing happens when none
 * waits (the first PIP: the main process starts the voortgangsgesprekken after it).
 */
@Component
public class VoortgangBijPipVersie {

    private final Voortgangsplanning planning;

    public VoortgangBijPipVersie(Voortgangsplanning planning) {
        this.planning = planning;
    }

    @EventListener
    public void bijPipVersie(PipVersieVastgesteld vastgesteld) {
        planning.herplan(vastgesteld.dossiernummer());
    }
}

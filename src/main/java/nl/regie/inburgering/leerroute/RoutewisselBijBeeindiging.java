package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.BijBeeindiging;
import nl.regie.inburgering.dossier.Dossier;

/** A route switch still waiting for the teamleider lapses when the dossier ends. */
@Component
public class RoutewisselBijBeeindiging implements BijBeeindiging {

    private final RuntimeService runtimeService;
    private final RoutewisselRepository wissels;

    public RoutewisselBijBeeindiging(RuntimeService runtimeService, RoutewisselRepository wissels) {
        this.runtimeService = runtimeService;
        this.wissels = wissels;
    }

    @Override
    public void voorBeeindiging(Dossier dossier, LocalDate datum, String reden) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(RoutewisselService.PROCES_ROUTEWISSEL)
                .processInstanceBusinessKey(dossier.getDossiernummer()).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Dossier beëindigd: " + reden));
        wissels.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(w -> w.getStatus() == Routewissel.Status.AANGEVRAAGD).forEach(w -> w.vervallen(datum));
    }
}

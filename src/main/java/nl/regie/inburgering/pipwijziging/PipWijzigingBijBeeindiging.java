package nl.regie.inburgering.pipwijziging;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.BijBeeindiging;
import nl.regie.inburgering.dossier.Dossier;

/** A PIP change still open lapses when the dossier ends (its route switch, if any, lapses with it). */
@Component
public class PipWijzigingBijBeeindiging implements BijBeeindiging {

    private final RuntimeService runtimeService;
    private final PipWijzigingRepository wijzigingen;

    public PipWijzigingBijBeeindiging(RuntimeService runtimeService, PipWijzigingRepository wijzigingen) {
        this.runtimeService = runtimeService;
        this.wijzigingen = wijzigingen;
    }

    @Override
    public void voorBeeindiging(Dossier dossier, LocalDate datum, String reden) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey(PipWijzigingService.PROCES)
                .processInstanceBusinessKey(dossier.getDossiernummer()).list()
                .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "Dossier beëindigd: " + reden));
        wijzigingen.findByDossierIdOrderById(dossier.getId()).stream().filter(PipWijziging::isOpen)
                .forEach(w -> w.vervallen(datum));
    }
}

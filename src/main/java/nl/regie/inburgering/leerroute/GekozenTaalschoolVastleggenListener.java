package nl.regie.inburgering.leerroute;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.pip.Leerroute;

/** A gezinsmigrant's own school: recorded, and the gemeente's first progress check planned. */
@Component("gekozenTaalschoolVastleggenListener")
public class GekozenTaalschoolVastleggenListener implements TaskListener {

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;

    public GekozenTaalschoolVastleggenListener(LeerrouteService service, LeerrouteTrajectRepository trajecten) {
        this.service = service;
        this.trajecten = trajecten;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = service.dossier(taak.getExecution().getProcessBusinessKey());
        trajecten.save(LeerrouteTraject.zelfGeregeld(dossier.getId(),
                Leerroute.valueOf(Variabelen.tekst(taak, ProcesVariabelen.LEERROUTE)),
                Variabelen.tekst(taak, "taalschool"), Tijd.vandaag(), Variabelen.startdatum(taak, "taalschoolStartdatum",
                        dossier.getKoppelingsdatum(), "de koppeling aan de gemeente"),
                Variabelen.tekst(taak, "taalschoolToelichting")));
        service.planVolgendeVoortgang(taak.getExecution(), dossier, Tijd.vandaag());
        Variabelen.ruimOp(taak.getExecution(), "taalschoolToelichting");
    }
}

package nl.regie.inburgering.leerroute;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;

/** The casemanager's progress check of a gezinsmigrant: recorded as a report; the next check is planned. */
@Component("monitoringVastleggenListener")
public class MonitoringVastleggenListener implements TaskListener {

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;
    private final VoortgangsrapportageRepository rapportages;

    public MonitoringVastleggenListener(LeerrouteService service, LeerrouteTrajectRepository trajecten,
                                        VoortgangsrapportageRepository rapportages) {
        this.service = service;
        this.trajecten = trajecten;
        this.rapportages = rapportages;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = service.dossier(taak.getExecution().getProcessBusinessKey());
        LeerrouteTraject traject = trajecten.lopend(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("Geen lopende leerroute voor " + dossier));
        rapportages.save(new Voortgangsrapportage(traject.getId(), Tijd.vandaag(), null, null, null, null, null, null,
                null, null, Variabelen.tekst(taak, "monitoringOordeel"), Variabelen.tekst(taak, "monitoringToelichting"),
                Instant.now()));
        if ("AFGEROND".equals(taak.getVariable(LeerrouteVariabelen.MONITORING_BESLUIT))) {
            traject.afgerondZelfGeregeld(Tijd.vandaag());
        } else {
            service.planVolgendeVoortgang(taak.getExecution(), dossier, Tijd.vandaag());
        }
        Variabelen.ruimOp(taak.getExecution(), "monitoringOordeel", "monitoringToelichting");
    }
}

package nl.regie.inburgering.leerroute;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Variabelen;

/** Records the gemeente's eindgesprek and the certificate that end the Z-route. */
@Component
public class EindgesprekVastleggenDelegate implements JavaDelegate {

    private final LeerrouteService service;
    private final LeerrouteTrajectRepository trajecten;
    private final org.springframework.context.ApplicationEventPublisher dossierEvents;

    public EindgesprekVastleggenDelegate(LeerrouteService service, LeerrouteTrajectRepository trajecten,
                                         org.springframework.context.ApplicationEventPublisher dossierEvents) {
        this.service = service;
        this.trajecten = trajecten;
        this.dossierEvents = dossierEvents;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = service.dossier(e.getProcessBusinessKey());
        LeerrouteTraject traject = trajecten.findByDossierIdOrderById(dossier.getId()).stream().reduce((a, b) -> b)
                .orElseThrow();
        traject.eindgesprek(Variabelen.datum(e, "eindgesprekDatum"), Variabelen.tekst(e, "eindgesprekVerslag"),
                Variabelen.datum(e, "certificaatDatum"));
        // duo: the Z-route's completion and its hours go to DUO (duo/melding)
        dossierEvents.publishEvent(new nl.regie.inburgering.dossier.ZrouteAfgerond(dossier.getDossiernummer(),
                traject.getId(), traject.getEindgesprekDatum()));
        Variabelen.ruimOp(e, "eindgesprekVerslag");
    }
}

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

    public EindgesprekVastleggenDelegate(LeerrouteService service, LeerrouteTrajectRepository trajecten) {
        this.service = service;
        this.trajecten = trajecten;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = service.dossier(e.getProcessBusinessKey());
        trajecten.findByDossierIdOrderById(dossier.getId()).stream().reduce((a, b) -> b).orElseThrow()
                .eindgesprek(Variabelen.datum(e, "eindgesprekDatum"), Variabelen.tekst(e, "eindgesprekVerslag"),
                        Variabelen.datum(e, "certificaatDatum"));
        Variabelen.ruimOp(e, "eindgesprekVerslag");
    }
}

package nl.regie.inburgering.pip;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/** Stores the draft as the dossier's open PIP version (a returned draft is revised in the same version). */
@Component
public class PipConceptVastleggenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final PipVersieRepository versies;

    public PipConceptVastleggenDelegate(DossierRepository dossiers, PipVersieRepository versies) {
        this.dossiers = dossiers;
        this.versies = versies;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = dossiers.getByDossiernummer(e.getProcessBusinessKey());
        PipVersie versie = versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId())
                .filter(v -> v.getStatus() == PipVersie.Status.CONCEPT)
                .orElseGet(() -> new PipVersie(dossier.getId(), versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId())
                        .map(v -> v.getVersie() + 1).orElse(1)));
        Object advies = e.getVariable(ProcesVariabelen.ADVIES_LEERROUTE);
        versie.concept(Leerroute.valueOf(Variabelen.tekst(e, ProcesVariabelen.LEERROUTE)),
                advies == null ? null : Leerroute.valueOf(String.valueOf(advies)),
                Variabelen.tekst(e, "afwijkingReden"), Variabelen.tekst(e, "pvtAfspraken"),
                Variabelen.tekst(e, "mapAfspraken"), Variabelen.tekst(e, "begeleidingAfspraken"),
                "JA".equals(e.getVariable("ontzorgen")), Variabelen.geheelGetal(e, "aantalVoortgangsgesprekken"),
                Variabelen.tekst(e, "pipToelichting"), Variabelen.tekst(e, ProcesVariabelen.PIP_AUTEUR), Instant.now());
        String interval = Variabelen.tekst(e, "voortgangInterval");
        versie.voortgangInterval(interval == null ? null : java.time.Period.parse(interval)); // form choices P1M..P6M
        Leerroute route = Leerroute.valueOf(Variabelen.tekst(e, ProcesVariabelen.LEERROUTE));
        PipVersie.Niveaus niveaus = PipRegels.niveaus(e);
        if (route == Leerroute.B1 && niveaus.duoNiveau() == null) {
            niveaus = PipVersie.Niveaus.B1; // the B1-route's level unless the PIP says otherwise
        }
        Object afmaken = e.getVariable("magOpleidingAfmaken");
        versie.duoGegevens(niveaus, Variabelen.geheelGetal(e, "geschatteIntensiteit"), Variabelen.tekst(e, "alfabetisering"),
                afmaken == null ? null : Boolean.TRUE.equals(afmaken), null,
                "JA".equals(e.getVariable("ontzorgen")) ? null : Variabelen.tekst(e, "geenOntzorgenReden"));
        versies.save(versie);
        Variabelen.ruimOp(e, "pvtAfspraken", "mapAfspraken", "begeleidingAfspraken", "pipToelichting", "geenOntzorgenReden");
    }
}

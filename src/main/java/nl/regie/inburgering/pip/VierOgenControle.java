package nl.regie.inburgering.pip;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Four eyes, enforced by the application and not only by group membership: the teamleider who fixes a PIP may not
 * be its author. Also checks the dagtekening DUO would refuse, and records the remark when the draft is returned.
 */
@Component("vierOgenControle")
public class VierOgenControle implements TaskListener {

    private final HuidigeGebruiker gebruiker;
    private final DossierRepository dossiers;
    private final PipVersieRepository versies;

    public VierOgenControle(HuidigeGebruiker gebruiker, DossierRepository dossiers, PipVersieRepository versies) {
        this.gebruiker = gebruiker;
        this.dossiers = dossiers;
        this.versies = versies;
    }

    @Override
    public void notify(DelegateTask taak) {
        String beslisser = gebruiker.verplicht(ProcesVariabelen.PIP_BESLUIT);
        // four eyes against the author stored with the draft, never against a variable the caller could have written
        Dossier concept = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        String auteur = versies.findFirstByDossierIdOrderByVersieDesc(concept.getId())
                .filter(v -> v.getStatus() == PipVersie.Status.CONCEPT).map(PipVersie::getOpgesteldDoor)
                .orElseThrow(() -> OngeldigeInvoerException.veld(ProcesVariabelen.PIP_BESLUIT,
                        "er ligt geen concept-PIP ter vaststelling"));
        if (beslisser.equals(auteur)) {
            throw OngeldigeInvoerException.veld(ProcesVariabelen.PIP_BESLUIT,
                    "vier ogen: u heeft dit PIP zelf opgesteld; een andere teamleider moet het beoordelen");
        }
        if ("TERUGGEVEN".equals(taak.getVariable(ProcesVariabelen.PIP_BESLUIT))) {
            String opmerking = Variabelen.verplichteTekst(taak, "teamleiderOpmerking", "is verplicht bij teruggeven");
            Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
            versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).ifPresent(v -> v.teruggegeven(opmerking));
            return;
        }
        LocalDate dagtekening = Variabelen.datumNietInDeToekomst(taak, "dagtekening");
        if (dagtekening == null) {
            throw OngeldigeInvoerException.veld("dagtekening", "is verplicht bij vaststellen");
        }
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        Variabelen.nietVoor("dagtekening", dagtekening, dossier.getKoppelingsdatum(), "de koppeling aan de gemeente");
        Variabelen.nietVoor("dagtekening", dagtekening, dossier.getKennisgevingDuoDatum(),
                "het begin van de inburgeringsplicht (DUO weigert zo'n PIP)");
        taak.setVariable("pipVaststeller", beslisser);
    }
}

package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Records the written warning after a no-show on the missed oproep and sends it as a letter (brieven); its date is
 * not in the future and not before the missed appointment.
 */
@Component("waarschuwingVastleggenListener")
public class WaarschuwingVastleggenListener implements TaskListener {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;
    private final DossierBrieven brieven;
    private final nl.regie.inburgering.engine.HuidigeGebruiker gebruiker;

    public WaarschuwingVastleggenListener(DossierRepository dossiers, OproepRepository oproepen, DossierBrieven brieven,
                                          nl.regie.inburgering.engine.HuidigeGebruiker gebruiker) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
        this.brieven = brieven;
        this.gebruiker = gebruiker;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        Optional<Oproep> gemist = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId());
        LocalDate verzonden = Variabelen.gebeurdeDatum(taak, "waarschuwingVerzonden",
                gemist.map(Oproep::getDatum).orElse(null), "de gemiste afspraak");
        gemist.ifPresent(oproep -> {
            oproep.waarschuwingVerzonden(verzonden, Variabelen.tekst(taak, "waarschuwingToelichting"));
            brieven.waarschuwing(dossier, oproep, verzonden,
                    gebruiker.ofAnders(taak.getAssignee() == null ? DossierBrieven.SYSTEEM : taak.getAssignee()));
        });
        Variabelen.ruimOp(taak.getExecution(), "waarschuwingVerzonden", "waarschuwingToelichting");
    }
}

package nl.regie.inburgering.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Variabelen;

/** Records the written warning after a no-show on the missed oproep and sends it as a letter (brieven). */
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
        LocalDate verzonden = Variabelen.datumNietInDeToekomst(taak, "waarschuwingVerzonden");
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId())
                .ifPresent(oproep -> {
                    oproep.waarschuwingVerzonden(verzonden, Variabelen.tekst(taak, "waarschuwingToelichting"));
                    brieven.waarschuwing(dossier, oproep, verzonden,
                            gebruiker.ofAnders(taak.getAssignee() == null ? DossierBrieven.SYSTEEM : taak.getAssignee()));
                });
        Variabelen.ruimOp(taak.getExecution(), "waarschuwingVerzonden", "waarschuwingToelichting");
    }
}

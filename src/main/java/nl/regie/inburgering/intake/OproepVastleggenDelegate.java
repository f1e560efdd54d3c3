package nl.regie.inburgering.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Records the oproep the casemanager sent and sends its letter (brieven: stored, audited); the appointment date stays
 * as the due date of the next task. A failing letter fails this step (incident), never silently.
 */
@Component
public class OproepVastleggenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;
    private final DossierBrieven brieven;

    public OproepVastleggenDelegate(DossierRepository dossiers, OproepRepository oproepen, DossierBrieven brieven) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
        this.brieven = brieven;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        int nummer = Variabelen.geheelGetal(execution, ProcesVariabelen.OPROEP_NUMMER);
        Oproep oproep = new Oproep(dossier.getId(), nummer, Variabelen.datum(execution, ProcesVariabelen.OPROEP_DATUM),
                Variabelen.tekst(execution, "oproepLocatie"), Variabelen.tekst(execution, "oproepToelichting"));
        oproep.naPipTermijn(Variabelen.tekst(execution, OproepDatumControle.REDEN));
        oproepen.save(oproep);
        brieven.oproep(dossier, oproep, DossierBrieven.SYSTEEM);
        Variabelen.ruimOp(execution, "oproepLocatie", "oproepToelichting", OproepDatumControle.REDEN);
    }
}

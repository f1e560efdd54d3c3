package nl.regie.inburgering.intake;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Stores the brede intake in our tables and removes its content from the engine: only the toets result stays
 * as a variable, because the leerroute advice routes on it.
 */
@Component
public class BredeIntakeVastleggenDelegate implements JavaDelegate {

    static final String[] INHOUD = {"intakeGesprekDatum", "domeinTaal", "domeinOpleiding", "domeinWerk",
            "domeinGezondheid", "domeinFinancien", "domeinNetwerk", "domeinGezin", "domeinWonen", "wensenEnAmbities",
            "intakeZonderInburgeraarToelichting", "lbtVrijgesteld", "lbtVrijstellingReden", "lbtScore",
            "lbtVereisteScore", "lbtDatum"};

    private final DossierRepository dossiers;
    private final BredeIntakeRepository intakes;

    public BredeIntakeVastleggenDelegate(DossierRepository dossiers, BredeIntakeRepository intakes) {
        this.dossiers = dossiers;
        this.intakes = intakes;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = dossiers.getByDossiernummer(e.getProcessBusinessKey());
        BredeIntake intake = intakes.findByDossierId(dossier.getId()).orElseGet(() -> new BredeIntake(dossier.getId()));
        String zonder = Variabelen.tekst(e, "intakeZonderInburgeraarToelichting");
        if (zonder != null) {
            intake.zonderInburgeraar(zonder);
            e.setVariable(ProcesVariabelen.LBT_UITSLAG, "ONBEKEND");
        } else {
            intake.gesprek(Variabelen.datum(e, "intakeGesprekDatum"), Variabelen.tekst(e, "domeinTaal"),
                    Variabelen.tekst(e, "domeinOpleiding"), Variabelen.tekst(e, "domeinWerk"),
                    Variabelen.tekst(e, "domeinGezondheid"), Variabelen.tekst(e, "domeinFinancien"),
                    Variabelen.tekst(e, "domeinNetwerk"), Variabelen.tekst(e, "domeinGezin"),
                    Variabelen.tekst(e, "domeinWonen"), Variabelen.tekst(e, "wensenEnAmbities"));
            boolean vrijgesteld = "JA".equals(e.getVariable("lbtVrijgesteld"));
            intake.leerbaarheidstoets(vrijgesteld, Variabelen.tekst(e, "lbtVrijstellingReden"),
                    Variabelen.tekst(e, ProcesVariabelen.LBT_UITSLAG),
                    vrijgesteld ? null : Variabelen.geheelGetal(e, "lbtScore"),
                    vrijgesteld ? null : Variabelen.geheelGetal(e, "lbtVereisteScore"),
                    vrijgesteld ? null : Variabelen.datum(e, "lbtDatum"));
        }
        intake.afgerond(e.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null ? null
                : e.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId(), Instant.now());
        intakes.save(intake);
        Variabelen.ruimOp(e, INHOUD);
    }
}

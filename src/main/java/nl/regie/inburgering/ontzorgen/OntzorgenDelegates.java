package nl.regie.inburgering.ontzorgen;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.GemeentenProperties;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.partner.Antwoordregels;
import nl.regie.inburgering.partner.PartnerTopic;

/**
 * Financieel ontzorgen's steps: the fixed costs of the gemeente's policy, the income system's confirmation, the
 * budget training, and the inkomensconsulent's reviews — after six months, and after every period of voluntary
 * budget management — each recorded with its reason.
 */
@Configuration
public class OntzorgenDelegates {

    public static final String TOPIC = "ontzorgen-inhouding";
    /** Form field of the evaluation: the inburgeraar's consent to voluntary budget management (Pw 57), JA or NEE. */
    static final String TOESTEMMING = "budgetbeheerToestemming";

    private static GemeentenProperties.Beleid beleid(Gemeenten gemeenten, Dossier dossier) {
        return gemeenten.metTenantId(dossier.getGemeente()).beleid();
    }

    @Bean
    public JavaDelegate ontzorgenPlannenDelegate(DossierRepository dossiers, Gemeenten gemeenten,
                                                 OntzorgenTrajectRepository trajecten) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            LocalDate bijstand = Variabelen.datum(execution, "bijstandStartdatum");
            String vasteLasten = String.join(",", beleid(gemeenten, dossier).getOntzorgenVasteLasten());
            trajecten.save(new OntzorgenTraject(dossier.getId(), bijstand, vasteLasten));
            execution.setVariable("vasteLasten", vasteLasten);
            execution.setVariable("evaluatiedatum", Tijd.beginVan(bijstand.plus(beleid(gemeenten, dossier).getOntzorgenDuur())));
            execution.setVariable("ontzorgenRonde", 1);
        };
    }

    @Bean
    public JavaDelegate inhoudingVastleggenDelegate(DossierRepository dossiers, OntzorgenTrajectRepository trajecten) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            trajecten.findByDossierId(dossier.getId()).orElseThrow()
                    .inhoudingGestart(Variabelen.tekst(execution, "referentie"));
            Variabelen.ruimOp(execution, "bevestigd", "referentie");
        };
    }

    @Bean
    public TaskListener budgettrainingVastleggenListener(DossierRepository dossiers, OntzorgenTrajectRepository trajecten) {
        return taak -> {
            Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
            trajecten.findByDossierId(dossier.getId()).orElseThrow().budgettraining(
                    Variabelen.startdatum(taak, "budgettrainingDatum", dossier.getKoppelingsdatum(),
                            "de koppeling aan de gemeente"), Variabelen.tekst(taak, "budgettrainingAanbieder"));
            Variabelen.ruimOp(taak.getExecution(), "budgettrainingDatum", "budgettrainingAanbieder");
        };
    }

    /**
     * Records the round; a continuation plans the next review one policy period later. After the withholding of Pw 56a
     * the only way on is voluntary budget management (Pw 57), which needs the inburgeraar's consent: continuing
     * without it is refused (naming the field), so without consent the withholding stops.
     */
    @Bean
    public TaskListener ontzorgenEvaluatieListener(DossierRepository dossiers, Gemeenten gemeenten,
                                                   OntzorgenTrajectRepository trajecten,
                                                   OntzorgenEvaluatieRepository evaluaties, HuidigeGebruiker gebruiker) {
        return taak -> {
            String door = gebruiker.verplicht("ontzorgenBesluit");
            Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
            OntzorgenTraject traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
            String besluit = Variabelen.tekst(taak, "ontzorgenBesluit");
            Boolean toestemming = taak.getVariable(TOESTEMMING) == null ? null : "JA".equals(taak.getVariable(TOESTEMMING));
            if ("VRIJWILLIG_BUDGETBEHEER".equals(besluit) && !Boolean.TRUE.equals(toestemming)) {
                throw OngeldigeInvoerException.veld(TOESTEMMING, "moet 'JA' zijn bij vrijwillig budgetbeheer: zonder "
                        + "toestemming van de inburgeraar (Participatiewet art. 57) stopt de inhouding");
            }
            int ronde = (int) evaluaties.countByTrajectId(traject.getId()) + 1;
            evaluaties.save(new OntzorgenEvaluatie(traject.getId(), ronde, besluit, Variabelen.tekst(taak, "ontzorgenReden"),
                    door, Tijd.vandaag(), toestemming));
            if ("VRIJWILLIG_BUDGETBEHEER".equals(besluit)) {
                traject.vrijwilligBudgetbeheer();
                LocalDate vorige = Tijd.alsDatum((java.util.Date) taak.getVariable("evaluatiedatum"));
                taak.setVariable("evaluatiedatum", Tijd.beginVan(vorige.plus(beleid(gemeenten, dossier).getBudgetbeheerVerlenging())));
                taak.setVariable("ontzorgenRonde", ronde + 1);
            }
            Variabelen.ruimOp(taak.getExecution(), "ontzorgenReden", TOESTEMMING);
        };
    }

    @Bean
    public JavaDelegate ontzorgenBeeindigenDelegate(DossierRepository dossiers, OntzorgenTrajectRepository trajecten) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            trajecten.findByDossierId(dossier.getId()).orElseThrow().beeindigd(Tijd.vandaag());
            Variabelen.ruimOp(execution, "bevestigd", "referentie");
        };
    }

    @Bean
    public PartnerTopic ontzorgenInhouding() {
        return new PartnerTopic(TOPIC, (gevraagd, antwoord) ->
                new Antwoordregels(antwoord).alleen(List.of("bevestigd", "referentie"))
                        .waar("bevestigd").tekst("referentie", false, 100).fouten());
    }
}

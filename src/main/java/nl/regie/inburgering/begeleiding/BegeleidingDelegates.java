package nl.regie.inburgering.begeleiding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.GemeentenProperties;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.partner.Antwoordregels;
import nl.regie.inburgering.partner.PartnerGegevens;
import nl.regie.inburgering.partner.PartnerTopic;

/**
 * Maatschappelijke begeleiding's steps: the period of the gemeente's policy (12 months; Zoetermeer 18), the
 * casemanager's decision on the one extension (6 months) where the gemeente allows it, and the partner's answers.
 */
@Configuration
public class BegeleidingDelegates {

    public static final String TOPIC = "mb-uitvoering";

    private static GemeentenProperties.Beleid beleid(Gemeenten gemeenten, Dossier dossier) {
        return gemeenten.metTenantId(dossier.getGemeente()).beleid();
    }

    /** The end date and the moment to decide on an extension, as the model's timers and the partner need them. */
    private static void planEinde(VariableScope scope, GemeentenProperties.Beleid beleid, LocalDate einde) {
        scope.setVariable("begeleidingEinddatum", Tijd.beginVan(einde));
        scope.setVariable("begeleidingEinddatumTekst", einde.toString());
        scope.setVariable("besluitmomentVerlenging", Tijd.beginVan(einde.minus(beleid.getBegeleidingBesluitVoorEinde())));
    }

    @Bean
    public JavaDelegate begeleidingPlannenDelegate(DossierRepository dossiers, Gemeenten gemeenten,
                                                   BegeleidingTrajectRepository trajecten, PartnerGegevens partners) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            GemeentenProperties.Beleid beleid = beleid(gemeenten, dossier);
            LocalDate start = Variabelen.datum(execution, "brpInschrijvingsdatum");
            LocalDate einde = start.plus(beleid.getBegeleidingDuur());
            trajecten.save(new BegeleidingTraject(dossier.getId(), partners.partner(execution, TOPIC), start, einde));
            execution.setVariable("begeleidingStartdatum", start.toString());
            execution.setVariable("verlengingToegestaan", beleid.getBegeleidingVerlengingToegestaan());
            planEinde(execution, beleid, einde);
        };
    }

    @Bean
    public JavaDelegate begeleidingStartVastleggenDelegate(DossierRepository dossiers, BegeleidingTrajectRepository trajecten) {
        return execution -> {
            traject(dossiers, trajecten, execution).gestart(Variabelen.datum(execution, "startdatum"));
            Variabelen.ruimOp(execution, "startdatum");
        };
    }

    /** One extension only: a second one is refused with the reason, whatever the form offered. */
    @Bean
    public TaskListener verlengingControle(DossierRepository dossiers, Gemeenten gemeenten, BegeleidingTrajectRepository trajecten) {
        return taak -> {
            if (!"VERLENGEN".equals(taak.getVariable("begeleidingBesluit"))) {
                return;
            }
            Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
            BegeleidingTraject traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
            if (traject.isVerlengd()) {
                throw OngeldigeInvoerException.veld("begeleidingBesluit", "de begeleiding is al eenmaal verlengd (tot "
                        + traject.getEinddatum() + "); een tweede verlenging is niet toegestaan");
            }
            taak.setVariable("nieuweEinddatumTekst",
                    traject.getEinddatum().plus(beleid(gemeenten, dossier).getBegeleidingVerlenging()).toString());
        };
    }

    @Bean
    public JavaDelegate verlengingVastleggenDelegate(DossierRepository dossiers, Gemeenten gemeenten,
                                                     BegeleidingTrajectRepository trajecten) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            LocalDate nieuw = Variabelen.datum(execution, "nieuweEinddatumTekst");
            trajecten.findByDossierId(dossier.getId()).orElseThrow().verlengd(nieuw, Variabelen.tekst(execution, "begeleidingReden"));
            planEinde(execution, beleid(gemeenten, dossier), nieuw);
            Variabelen.ruimOp(execution, "bevestigd", "nieuweEinddatumTekst", "begeleidingReden");
        };
    }

    @Bean
    public JavaDelegate begeleidingAfrondenDelegate(DossierRepository dossiers, BegeleidingTrajectRepository trajecten) {
        return execution -> {
            traject(dossiers, trajecten, execution).afgerond(Variabelen.datum(execution, "einddatum"));
            Variabelen.ruimOp(execution, "einddatum");
        };
    }

    private static BegeleidingTraject traject(DossierRepository dossiers, BegeleidingTrajectRepository trajecten,
                                              DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        return trajecten.findByDossierId(dossier.getId()).orElseThrow();
    }

    @Bean
    public PartnerTopic mbUitvoering() {
        return new PartnerTopic(TOPIC, (gevraagd, antwoord) -> switch (String.valueOf(gevraagd.get("actie"))) {
            case "START" -> new Antwoordregels(antwoord).alleen(List.of("startdatum"))
                    .datumBinnen("startdatum", true, 365).fouten();
            case "VERLENGEN" -> new Antwoordregels(antwoord).alleen(List.of("bevestigd")).waar("bevestigd").fouten();
            default -> new Antwoordregels(antwoord).alleen(List.of("einddatum"))
                    .datumNietInDeToekomst("einddatum", true).fouten();
        });
    }
}

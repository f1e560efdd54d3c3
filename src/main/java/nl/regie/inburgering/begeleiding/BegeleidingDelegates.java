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
    /** Recorded as the track's partner when the gemeente's own casemanagers give the begeleiding: nobody to tell. */
    public static final String DOOR_GEMEENTE = "gemeente";
    /** Routing variable, set once at the track's start from the gemeente's configuration (never by a caller). */
    static final String DOOR_GEMEENTE_VARIABELE = "begeleidingDoorGemeente";
    /** An element of the model version that can route to the gemeente's own casemanagers. */
    static final String ROUTERING = "Gateway_BegeleidingStartenDoor";

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
            // a model version without the routing (a dossier started before it) always asks the partner
            boolean doorGemeente = Boolean.TRUE.equals(beleid.getBegeleidingDoorGemeente())
                    && execution.getBpmnModelInstance().getModelElementById(ROUTERING) != null;
            execution.setVariable(DOOR_GEMEENTE_VARIABELE, doorGemeente);
            trajecten.save(new BegeleidingTraject(dossier.getId(),
                    doorGemeente ? DOOR_GEMEENTE : partners.partner(execution, TOPIC), start, einde));
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

    /** The rules for an answer to START, VERLENGEN or BEEINDIGEN: the partner's and the own casemanager's alike. */
    static Map<String, String> antwoordFouten(String actie, Map<String, Object> antwoord) {
        return switch (actie) {
            case "START" -> new Antwoordregels(antwoord).alleen(List.of("startdatum"))
                    .datumBinnen("startdatum", true, 365).fouten();
            case "VERLENGEN" -> new Antwoordregels(antwoord).alleen(List.of("bevestigd")).waar("bevestigd").fouten();
            default -> new Antwoordregels(antwoord).alleen(List.of("einddatum"))
                    .datumNietInDeToekomst("einddatum", true).fouten();
        };
    }

    @Bean
    public PartnerTopic mbUitvoering() {
        return new PartnerTopic(TOPIC, (gevraagd, antwoord) -> antwoordFouten(String.valueOf(gevraagd.get("actie")), antwoord));
    }

    /**
     * The gemeente gives the begeleiding itself (Hoorn): its casemanager's answer on the Tasklist form is checked as
     * the partner's answer is (start at most a year ahead, the extension confirmed, the end not in the future), then
     * recorded by the same delegates.
     */
    @Bean
    public TaskListener eigenBegeleidingControle() {
        return taak -> {
            String actie;
            String veld;
            switch (taak.getTaskDefinitionKey()) {
                case "Task_BegeleidingStartenGemeente" -> { actie = "START"; veld = "startdatum"; }
                case "Task_BegeleidingVerlengenGemeente" -> { actie = "VERLENGEN"; veld = "bevestigd"; }
                default -> { actie = "BEEINDIGEN"; veld = "einddatum"; }
            }
            Map<String, Object> antwoord = new java.util.HashMap<>();
            Object waarde = taak.getVariable(veld);
            if (waarde != null) {
                antwoord.put(veld, waarde instanceof String tekst && tekst.length() > 10 && !"bevestigd".equals(veld)
                        ? tekst.substring(0, 10) : waarde);
            }
            Map<String, String> fouten = antwoordFouten(actie, antwoord);
            if (!fouten.isEmpty()) {
                throw new OngeldigeInvoerException(List.copyOf(fouten.keySet()), fouten.entrySet().stream()
                        .map(f -> f.getKey() + ": " + f.getValue()).collect(java.util.stream.Collectors.joining("; ")));
            }
        };
    }
}

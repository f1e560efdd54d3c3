package nl.regie.inburgering.pipwijziging;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.leerroute.Routewissel;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;

/**
 * The steps of process {@value PipWijzigingService#PROCES}: the casemanager's draft (checked, then stored in our
 * table), the teamleider's decision (four eyes against the stored requester and author, the dagtekening, the route
 * switch's limits on that dagtekening), the new PIP version with its effects, a return and a refusal.
 */
@Configuration
public class PipWijzigingDelegates {

    static final String BESLUIT = "pipWijzigingBesluit";
    static final String BEOORDELAAR = "pipWijzigingBeoordelaar";
    static final String OPSTELLER = "opsteller";

    /** On completing the draft: the rules of the change as drafted; a refusal names the field and changes nothing. */
    @Bean
    public TaskListener pipWijzigingConceptControle(HuidigeGebruiker gebruiker, DossierRepository dossiers,
                                                    PipWijzigingService service) {
        return taak -> {
            String auteur = gebruiker.verplicht("wijzigingReden");
            PipWijziging wijziging = service.vanProces(taak.getProcessInstanceId(), taak.getExecution().getProcessBusinessKey());
            if (!wijziging.isOpen()) {
                throw OngeldigeInvoerException.veld("wijzigingReden", "over deze PIP-wijziging is al besloten");
            }
            Variabelen.verplichteTekst(taak, "wijzigingReden", "is verplicht: waarom verandert het PIP?");
            Voorstel voorstel = PipWijzigingService.voorstelUit(taak);
            if (voorstel.soorten().isEmpty()) {
                throw OngeldigeInvoerException.veld(PipWijzigingSoort.LEERROUTE.formVeld(), "kies minstens één soort wijziging");
            }
            Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
            service.controleer(dossier, voorstel, Tijd.vandaag(), "leerroute");
            taak.setVariable(OPSTELLER, auteur);
        };
    }

    /** The draft into our table (a returned change is redrafted in the same row); the route switch's row follows. */
    @Bean
    public JavaDelegate pipWijzigingConceptVastleggenDelegate(PipWijzigingService service) {
        return execution -> {
            PipWijziging wijziging = wijziging(service, execution);
            Voorstel voorstel = PipWijzigingService.voorstelUit(execution);
            String auteur = Variabelen.tekst(execution, OPSTELLER);
            wijziging.opgesteld(voorstel, auteur);
            Routewissel wissel = service.routewissel(wijziging).orElse(null);
            if (voorstel.wijzigt(PipWijzigingSoort.LEERROUTE)) {
                if (wissel == null) {
                    wissel = new Routewissel(wijziging.getDossierId(),
                            service.routewissels().huidigeRoute(execution.getProcessBusinessKey()), voorstel.leerroute(),
                            voorstel.reden(), auteur, Tijd.vandaag());
                    wissel.gestartIn(execution.getProcessInstanceId());
                    service.routewisselRepository().save(wissel);
                } else {
                    wissel.herzien(voorstel.leerroute(), voorstel.reden());
                }
            } else if (wissel != null && wissel.getStatus() == Routewissel.Status.AANGEVRAAGD) {
                wissel.vervallen(Tijd.vandaag());
            }
            // the teamleider's remark on a returned change was for this draft; a new decision needs its own
            Variabelen.ruimOp(execution, "pvtAfspraken", "mapAfspraken", "begeleidingAfspraken", "geenOntzorgenReden",
                    "niveauReden", "teamleiderOpmerking");
        };
    }

    /** On completing the teamleider's task: the same four eyes as the first PIP, and the dagtekening's rules. */
    @Bean
    public TaskListener pipWijzigingVierOgen(HuidigeGebruiker gebruiker, DossierRepository dossiers,
                                             PipVersieRepository versies, PipWijzigingService service) {
        return taak -> {
            String beslisser = gebruiker.verplicht(BESLUIT);
            PipWijziging wijziging = service.vanProces(taak.getProcessInstanceId(), taak.getExecution().getProcessBusinessKey());
            if (wijziging.getStatus() != PipWijziging.Status.TER_VASTSTELLING) {
                throw OngeldigeInvoerException.veld(BESLUIT, "over deze PIP-wijziging is al besloten");
            }
            // four eyes against the request and the draft as stored, never against a variable a caller could write
            if (beslisser.equals(wijziging.getAangevraagdDoor()) || beslisser.equals(wijziging.getOpgesteldDoor())) {
                throw OngeldigeInvoerException.veld(BESLUIT,
                        "vier ogen: u heeft deze PIP-wijziging zelf aangevraagd of opgesteld; een andere teamleider moet haar beoordelen");
            }
            Object besluit = taak.getVariable(BESLUIT);
            if ("TERUGGEVEN".equals(besluit) || "AFWIJZEN".equals(besluit)) {
                Variabelen.verplichteTekst(taak, "teamleiderOpmerking", "is verplicht bij teruggeven of afwijzen");
            } else {
                LocalDate dagtekening = Variabelen.datumNietInDeToekomst(taak, "dagtekening");
                if (dagtekening == null) {
                    throw OngeldigeInvoerException.veld("dagtekening", "is verplicht bij vaststellen");
                }
                Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
                LocalDate vorige = versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(),
                        PipVersie.Status.VASTGESTELD).map(PipVersie::getDagtekening).orElse(null);
                Variabelen.nietVoor("dagtekening", dagtekening, vorige, "de dagtekening van het geldende PIP");
                Variabelen.nietVoor("dagtekening", dagtekening, wijziging.getAangevraagdOp(),
                        "de aanvraag van de wijziging (een beschikking gaat niet terug in de tijd)");
                // the route switch's limits apply to the day the new PIP is fixed (today; the dagtekening cannot be
                // later, and an earlier dagtekening does not bring back a limit that has passed), not the day it was asked
                service.controleer(dossier, wijziging.voorstel(), Tijd.vandaag(), BESLUIT);
            }
            taak.setVariable(BEOORDELAAR, beslisser);
        };
    }

    /** Wi 15: the change is the next PIP version, again a beschikking; the inburgeringstermijn does not move. */
    @Bean
    public JavaDelegate pipWijzigingVastleggenDelegate(DossierRepository dossiers, PipVersieRepository versies,
                                                       PipWijzigingService service,
                                                       org.springframework.context.ApplicationEventPublisher dossierEvents) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            PipWijziging wijziging = wijziging(service, execution);
            String beoordelaar = Variabelen.tekst(execution, BEOORDELAAR);
            PipVersie nieuw = wijziging.voorstel().toegepastOp(service.geldend(dossier), wijziging.getOpgesteldDoor(), Instant.now());
            nieuw.vastgesteld(Variabelen.datum(execution, "dagtekening"), beoordelaar, Instant.now());
            versies.save(nieuw);
            wijziging.vastgesteld(beoordelaar, Tijd.vandaag(), nieuw.getVersie());
            if (wijziging.soorten().contains(PipWijzigingSoort.LEERROUTE)) {
                Routewissel wissel = service.routewissel(wijziging).orElseThrow(
                        () -> new IllegalStateException("Geen routewissel bij PIP-wijziging " + wijziging.getId()));
                wissel.vastgesteld(beoordelaar, Tijd.vandaag(), nieuw.getVersie());
                // the running leerroute is interrupted and enrols again; the old taalaanbieder is told; the MAP follows
                service.routewissels().voerDoor(execution.getProcessBusinessKey(), wissel.getVan(), wissel.getNaar());
            }
            Variabelen.ruimOp(execution, "dagtekening", "teamleiderOpmerking");
            // voortgang re-plans at the new version's interval in this transaction; ontzorgen follows in the next step
            versies.flush();
            dossierEvents.publishEvent(new nl.regie.inburgering.dossier.PipVersieVastgesteld(dossier.getDossiernummer(),
                    nieuw.getVersie(), nl.regie.inburgering.engine.Modelstappen.heeft(execution,
                    nl.regie.inburgering.dossier.PipVersieVastgesteld.STAP_ONTZORGEN)));
        };
    }

    @Bean
    public JavaDelegate pipWijzigingTeruggevenDelegate(PipWijzigingService service) {
        return execution -> wijziging(service, execution).teruggegeven(Variabelen.tekst(execution, "teamleiderOpmerking"));
    }

    @Bean
    public JavaDelegate pipWijzigingAfwijzenDelegate(PipWijzigingService service,
                                                     nl.regie.inburgering.brieven.DossierBrieven brieven) {
        return execution -> {
            PipWijziging wijziging = wijziging(service, execution);
            String beoordelaar = Variabelen.tekst(execution, BEOORDELAAR);
            String opmerking = Variabelen.tekst(execution, "teamleiderOpmerking");
            wijziging.afgewezen(beoordelaar, Tijd.vandaag(), opmerking);
            service.routewissel(wijziging).filter(w -> w.getStatus() == Routewissel.Status.AANGEVRAAGD)
                    .ifPresent(w -> w.afgewezen(beoordelaar, Tijd.vandaag(), opmerking));
            // the decision on the change is a letter (with the bezwaar clause); a fixed change is the PIP beschikking
            brieven.pipWijzigingAfgewezen(wijziging.getDossierId(), wijziging.getAangevraagdOp(), wijziging.getReden(),
                    opmerking, beoordelaar);
            Variabelen.ruimOp(execution, "dagtekening");
        };
    }

    private static PipWijziging wijziging(PipWijzigingService service, VariableScope scope) {
        DelegateExecution execution = (DelegateExecution) scope;
        return service.vanProces(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }
}

package nl.regie.inburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;

/**
 * The steps of process {@code routewissel}: the teamleider's check (four eyes, the dagtekening, a reason to
 * refuse), the new PIP version, the switch of the running leerroute, and the refusal.
 */
@Configuration
public class RoutewisselDelegates {

    static final String BESLUIT = "routewisselBesluit";
    static final String BEOORDELAAR = "routewisselBeoordelaar";

    /** On completing the teamleider's task; a refusal names the field and changes nothing. */
    @Bean
    public TaskListener routewisselControle(HuidigeGebruiker gebruiker, DossierRepository dossiers,
                                            PipVersieRepository versies, RoutewisselService routewissels) {
        return taak -> {
            String beslisser = gebruiker.verplicht(BESLUIT);
            // four eyes against the request as stored, never against a variable the caller could have written
            Routewissel wissel = routewissels.vanProces(taak.getProcessInstanceId(), taak.getExecution().getProcessBusinessKey());
            if (wissel.getStatus() != Routewissel.Status.AANGEVRAAGD) {
                throw OngeldigeInvoerException.veld(BESLUIT, "over deze routewissel is al besloten");
            }
            if (beslisser.equals(wissel.getDoor())) {
                throw OngeldigeInvoerException.veld(BESLUIT,
                        "vier ogen: u heeft deze routewissel zelf aangevraagd; een andere teamleider moet hem beoordelen");
            }
            if ("AFWIJZEN".equals(taak.getVariable(BESLUIT))) {
                Variabelen.verplichteTekst(taak, "teamleiderOpmerking", "is verplicht bij afwijzen");
            } else {
                LocalDate dagtekening = Variabelen.datumNietInDeToekomst(taak, "dagtekening");
                if (dagtekening == null) {
                    throw OngeldigeInvoerException.veld("dagtekening", "is verplicht bij vaststellen");
                }
                Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
                LocalDate vorige = versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(),
                        PipVersie.Status.VASTGESTELD).map(PipVersie::getDagtekening).orElse(null);
                if (vorige != null && dagtekening.isBefore(vorige)) {
                    throw OngeldigeInvoerException.veld("dagtekening", "ligt voor de dagtekening van het geldende PIP (" + vorige + ")");
                }
                if (routewissels.lopendeLeerroute(dossier.getDossiernummer()) == null) {
                    throw OngeldigeInvoerException.veld(BESLUIT,
                            "de leerroute loopt niet meer (afgerond of beëindigd); wijs de routewissel af");
                }
            }
            taak.setVariable(BEOORDELAAR, beslisser);
        };
    }

    /** Wi 15: the change is again a beschikking, with its own dagtekening; the inburgeringstermijn does not move. */
    @Bean
    public JavaDelegate pipVersieBijRoutewisselDelegate(DossierRepository dossiers, PipVersieRepository versies,
                                                        RoutewisselService routewissels) {
        return execution -> {
            Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
            Routewissel wissel = wissel(routewissels, execution);
            PipVersie geldend = versies.findFirstByDossierIdAndStatusOrderByVersieDesc(dossier.getId(), PipVersie.Status.VASTGESTELD)
                    .orElseThrow(() -> new IllegalStateException("Dossier " + dossier.getDossiernummer() + " heeft geen vastgesteld PIP"));
            String beoordelaar = Variabelen.tekst(execution, BEOORDELAAR);
            PipVersie nieuw = geldend.gewijzigdNaar(wissel.getNaar(), "Routewissel van " + wissel.getVan() + ": "
                    + wissel.getReden(), wissel.getDoor(), Instant.now());
            nieuw.vastgesteld(Variabelen.datum(execution, "dagtekening"), beoordelaar, Instant.now());
            versies.save(nieuw);
            wissel.vastgesteld(beoordelaar, Tijd.vandaag(), nieuw.getVersie());
            Variabelen.ruimOp(execution, "dagtekening", "teamleiderOpmerking");
        };
    }

    /** The switch as requested and stored: the teamleider who decides cannot change its target. */
    @Bean
    public JavaDelegate leerrouteWisselenDelegate(RoutewisselService routewissels) {
        return execution -> {
            Routewissel wissel = wissel(routewissels, execution);
            routewissels.voerDoor(execution.getProcessBusinessKey(), wissel.getVan(), wissel.getNaar());
        };
    }

    @Bean
    public JavaDelegate routewisselAfwijzenDelegate(RoutewisselService routewissels) {
        return execution -> {
            wissel(routewissels, execution).afgewezen(Variabelen.tekst(execution, BEOORDELAAR), Tijd.vandaag(),
                    Variabelen.tekst(execution, "teamleiderOpmerking"));
            Variabelen.ruimOp(execution, "dagtekening", "teamleiderOpmerking");
        };
    }

    private static Routewissel wissel(RoutewisselService routewissels, DelegateExecution execution) {
        return routewissels.vanProces(execution.getProcessInstanceId(), execution.getProcessBusinessKey());
    }
}

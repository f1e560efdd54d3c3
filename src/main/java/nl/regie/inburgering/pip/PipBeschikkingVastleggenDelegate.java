package nl.regie.inburgering.pip;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.termijn.Wettermijnen;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Variabelen;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Fixes the PIP version with its dagtekening and starts the inburgeringstermijn: three years (configurable) from
 * the day after the dagtekening (Wi art. 11).
 */
@Component
public class PipBeschikkingVastleggenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final PipVersieRepository versies;
    private final Gemeenten gemeenten;
    private final org.springframework.context.ApplicationEventPublisher dossierEvents;

    public PipBeschikkingVastleggenDelegate(DossierRepository dossiers, PipVersieRepository versies, Gemeenten gemeenten,
                                            org.springframework.context.ApplicationEventPublisher dossierEvents) {
        this.dossiers = dossiers;
        this.versies = versies;
        this.gemeenten = gemeenten;
        this.dossierEvents = dossierEvents;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = dossiers.getByDossiernummer(e.getProcessBusinessKey());
        LocalDate dagtekening = Variabelen.datum(e, "dagtekening");
        PipVersie versie = versies.findFirstByDossierIdOrderByVersieDesc(dossier.getId())
                .filter(v -> v.getStatus() == PipVersie.Status.CONCEPT)
                .orElseThrow(() -> new IllegalStateException("Geen concept-PIP voor " + dossier));
        versie.vastgesteld(dagtekening, Variabelen.tekst(e, "pipVaststeller"), Instant.now());
        LocalDate termijnStart = dagtekening.plusDays(1);
        // the end is exclusive (the first day after the term), as DUO's einddatum: InburgeringstermijnService
        dossier.pipVastgesteld(termijnStart, Wettermijnen.inburgeringstermijnEinde(dagtekening));
        // the tracks after the PIP (leerroute, PVT, MAP) plan from the term's start
        e.setVariable("inburgeringstermijnStart", termijnStart.toString());
        dossierEvents.publishEvent(new nl.regie.inburgering.dossier.PipVersieVastgesteld(dossier.getDossiernummer(),
                versie.getVersie(), nl.regie.inburgering.engine.Modelstappen.heeft(e,
                nl.regie.inburgering.dossier.PipVersieVastgesteld.STAP_ONTZORGEN)));
    }
}

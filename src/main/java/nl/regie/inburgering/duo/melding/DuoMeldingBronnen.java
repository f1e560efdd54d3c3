package nl.regie.inburgering.duo.melding;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.DuoVerwijtbaarheidVastgesteld;
import nl.regie.inburgering.dossier.MapEindgesprekGevoerd;
import nl.regie.inburgering.dossier.PipVersieVastgesteld;
import nl.regie.inburgering.dossier.PvtOndertekend;
import nl.regie.inburgering.dossier.TaalaanbiederAangemeld;
import nl.regie.inburgering.dossier.ZrouteAfgerond;
import nl.regie.inburgering.pip.PipVersieRepository;

/**
 * Which dossier events are facts for DUO. Each listener runs in the transaction of the step that publishes the event
 * (a failure is that step's retried job, then its incident) and only records the fact ({@link DuoMeldingen}); the
 * call to DUO is the first, asynchronous step of the report's own process.
 */
@Component
public class DuoMeldingBronnen {

    private final DuoMeldingen meldingen;
    private final DossierRepository dossiers;
    private final PipVersieRepository pipVersies;

    public DuoMeldingBronnen(DuoMeldingen meldingen, DossierRepository dossiers, PipVersieRepository pipVersies) {
        this.meldingen = meldingen;
        this.dossiers = dossiers;
        this.pipVersies = pipVersies;
    }

    /** PIP.yml: the fixed PIP and every new version; its author (the casemanager) is the contactpersoon. */
    @EventListener
    public void pipVastgesteld(PipVersieVastgesteld event) {
        Dossier dossier = dossiers.getByDossiernummer(event.dossiernummer());
        meldingen.registreer(dossier, DuoMeldingSoort.PIP, event.versie());
        pipVersies.findByDossierIdOrderByVersie(dossier.getId()).stream()
                .filter(v -> v.getVersie() == event.versie()).findFirst()
                .map(v -> v.getOpgesteldDoor())
                .filter(door -> !door.startsWith("systeem"))
                .ifPresent(casemanager -> meldingen.registreer(dossier, DuoMeldingSoort.CONTACTPERSOON, casemanager));
    }

    /** Inburgeringsaanbod.yml: the aanbod at the taalaanbieder the gemeente contracted. */
    @EventListener
    public void taalaanbiederAangemeld(TaalaanbiederAangemeld event) {
        meldingen.registreer(event.dossiernummer(), DuoMeldingSoort.INBURGERINGSAANBOD, event.trajectId());
    }

    /** MAPPVTZroute.yml: the PVT's signing date. */
    @EventListener
    public void pvtOndertekend(PvtOndertekend event) {
        meldingen.registreer(event.dossiernummer(), DuoMeldingSoort.PVT, "ONDERTEKEND");
    }

    /** MAPPVTZroute.yml: the MAP eindgesprek's date. */
    @EventListener
    public void mapEindgesprek(MapEindgesprekGevoerd event) {
        meldingen.registreer(event.dossiernummer(), DuoMeldingSoort.MAP, "EINDGESPREK");
    }

    /** MAPPVTZroute.yml and GevolgdeUren.yml: the Z-route's completion, the language hours and participation hours. */
    @EventListener
    public void zrouteAfgerond(ZrouteAfgerond event) {
        Dossier dossier = dossiers.getByDossiernummer(event.dossiernummer());
        meldingen.registreer(dossier, DuoMeldingSoort.ZROUTE, event.trajectId());
        meldingen.registreer(dossier, DuoMeldingSoort.UREN_TAALLES, event.trajectId());
        if (DuoMeldingInhoud.participatieurenVoorDuo(dossier)) {
            meldingen.registreer(dossier, DuoMeldingSoort.UREN_PARTICIPATIE, event.trajectId());
        }
    }

    /**
     * MAPPVTZroute.yml: the verwijtbaar indication of the PVT and the MAP (with the date when there is one). DUO's
     * interface has no indication for the leerroute ({@code ResultaatZroute} has none): that one stays ours.
     */
    @EventListener
    public void verwijtbaarheid(DuoVerwijtbaarheidVastgesteld event) {
        switch (event.onderdeel()) {
            case "PVT" -> meldingen.registreer(event.dossiernummer(), DuoMeldingSoort.PVT, "VERWIJTBAAR-" + event.indicatieId());
            case "MAP" -> meldingen.registreer(event.dossiernummer(), DuoMeldingSoort.MAP, "VERWIJTBAAR-" + event.indicatieId());
            default -> { }
        }
    }
}

package nl.regie.inburgering.brieven;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.PipVersieVastgesteld;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.intake.Oproep;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.pip.PipVersieRepository;

/**
 * Which letter, with which facts, when: every letter is composed here from our tables. The PIP beschikking follows
 * the dossier event {@link PipVersieVastgesteld} in the fixing transaction (the first PIP and every change); the
 * other letters are sent by the step that sends them (oproep, waarschuwing, refusal of a change, no obligation).
 */
@Component
public class DossierBrieven {

    /** Who sent a letter when no person completed the step (a service task). */
    public static final String SYSTEEM = "regie-inburgering";

    private final Brieven brieven;
    private final DossierRepository dossiers;
    private final PipVersieRepository versies;

    public DossierBrieven(Brieven brieven, DossierRepository dossiers, PipVersieRepository versies) {
        this.brieven = brieven;
        this.dossiers = dossiers;
        this.versies = versies;
    }

    /**
     * The PIP as beschikking: sent on its dagtekening, which is its bekendmaking. A version that already has its
     * letter (a retried step) gets no second one.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void bijPipVersie(PipVersieVastgesteld vastgesteld) {
        Dossier dossier = dossiers.getByDossiernummer(vastgesteld.dossiernummer());
        PipVersie versie = versies.findByDossierIdOrderByVersie(dossier.getId()).stream()
                .filter(v -> v.getVersie() == vastgesteld.versie() && v.getStatus() == PipVersie.Status.VASTGESTELD)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Geen vastgestelde PIP-versie " + vastgesteld.versie()
                        + " voor dossier-id " + dossier.getId()));
        if (versie.getDagtekening() == null) {
            throw new IllegalStateException("PIP-versie " + versie.getVersie() + " heeft geen dagtekening");
        }
        if (brieven.bestaat(dossier, BriefSoort.PIP_BESCHIKKING, versie.getVersie())) {
            return;
        }
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("versie", versie.getVersie());
        g.put("wijziging", versie.getVersie() > 1);
        g.put("wijzigingReden", versie.getWijzigingReden());
        g.put("route", routeInWoorden(versie.getLeerroute()));
        g.put("afwijkingReden", versie.getLeerroute() != versie.getAdviesLeerroute() ? versie.getAfwijkingReden() : null);
        g.put("pvt", versie.getPvtAfspraken());
        g.put("map", versie.getMapAfspraken());
        g.put("begeleiding", versie.getBegeleidingAfspraken());
        g.put("ontzorgen", versie.isOntzorgen());
        g.put("voortgangsgesprekken", versie.getAantalVoortgangsgesprekken());
        g.put("voortgangInterval", intervalInWoorden(versie.getVoortgangInterval()));
        g.put("termijnStart", Brieven.voluit(dossier.getInburgeringstermijnStart()));
        // the stored end is exclusive (the first day after the term): the letter names the last day
        LocalDate einde = dossier.getInburgeringstermijnEinde();
        g.put("termijnLaatsteDag", einde == null ? "" : Brieven.voluit(einde.minusDays(1)));
        String titel = versie.getVersie() == 1 ? "Beschikking Plan Inburgering en Participatie"
                : "Beschikking wijziging Plan Inburgering en Participatie (versie " + versie.getVersie() + ")";
        brieven.verstuur(dossier, BriefSoort.PIP_BESCHIKKING, titel, g, versie.getDagtekening(), versie.getVersie(),
                versie.getVastgesteldDoor() == null ? SYSTEEM : versie.getVastgesteldDoor());
    }

    /** The oproep for the brede intake: date, place, and the casemanager's note. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Brief oproep(Dossier dossier, Oproep oproep, String door) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("afspraakDatum", Brieven.voluit(oproep.getDatum()));
        g.put("afspraakDag", oproep.getDatum() == null ? ""
                : oproep.getDatum().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, BriefOpmaak.NL));
        g.put("locatie", oproep.getLocatie());
        g.put("toelichting", oproep.getToelichting());
        g.put("volgnummer", oproep.getVolgnummer());
        return brieven.verstuur(dossier, BriefSoort.OPROEP_BREDE_INTAKE, "Uitnodiging voor de brede intake", g,
                Tijd.vandaag(), null, door);
    }

    /** The written warning after a missed brede-intake appointment. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Brief waarschuwing(Dossier dossier, Oproep gemist, LocalDate verzonden, String door) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("gemisteDatum", Brieven.voluit(gemist.getDatum()));
        g.put("locatie", gemist.getLocatie());
        return brieven.verstuur(dossier, BriefSoort.WAARSCHUWING_BREDE_INTAKE,
                "Schriftelijke waarschuwing: u bent niet verschenen op de brede intake", g, verzonden, null, door);
    }

    /** The refusal of a requested PIP change, with the teamleider's reasons; the PIP in force stays. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Brief pipWijzigingAfgewezen(Long dossierId, LocalDate aangevraagdOp, String reden, String motivering,
                                       String door) {
        Dossier dossier = dossiers.findById(dossierId).orElseThrow();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("aangevraagdOp", Brieven.voluit(aangevraagdOp));
        g.put("reden", reden);
        g.put("motivering", motivering);
        return brieven.verstuur(dossier, BriefSoort.PIP_WIJZIGING_AFGEWEZEN,
                "Besluit op de wijziging van uw Plan Inburgering en Participatie: afgewezen", g, Tijd.vandaag(), null,
                door);
    }

    /** The dossier closes: not obliged to inburgeren, with the reason from our table. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Brief geenPlicht(Dossier dossier, String door) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("reden", dossier.getPlichtReden());
        return brieven.verstuur(dossier, BriefSoort.GEEN_INBURGERINGSPLICHT, "U bent niet inburgeringsplichtig", g,
                Tijd.vandaag(), null, door);
    }

    /** A handhaving letter of the case, from the case's row (dates, periods, amount and its computation). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Brief handhaving(nl.regie.inburgering.handhaving.HandhavingZaak zaak, BriefSoort soort, LocalDate datum,
                            String door) {
        Dossier dossier = dossiers.findById(zaak.getDossierId()).orElseThrow();
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("zaaknummer", zaak.getZaaknummer());
        g.put("gedraging", gedragingInWoorden(zaak.getGedraging()));
        g.put("periodeVan", Brieven.voluit(zaak.getPeriodeVan()));
        g.put("periodeTot", Brieven.voluit(zaak.getPeriodeTot()));
        g.put("nalevenVoor", Brieven.voluit(zaak.getNalevenVoor()));
        g.put("zienswijzeVoor", Brieven.voluit(zaak.getZienswijzeVoor()));
        g.put("bedrag", zaak.getBoeteBedrag() == null ? ""
                : java.text.NumberFormat.getCurrencyInstance(BriefOpmaak.NL).format(zaak.getBoeteBedrag()));
        g.put("berekening", zaak.getBoeteBerekening());
        g.put("bezwaarVoor", Brieven.voluit(zaak.getBezwaarVoor()));
        String titel = switch (soort) {
            case HANDHAVING_WAARSCHUWING -> "Waarschuwing: u komt uw inburgeringsplicht niet na";
            case HANDHAVING_VOORNEMEN_BOETE -> "Voornemen tot het opleggen van een boete";
            case BOETEBESCHIKKING -> "Besluit: boete Wet inburgering 2021";
            default -> throw new IllegalArgumentException("Geen handhavingsbrief: " + soort);
        };
        return brieven.verstuur(dossier, soort, titel, g, datum, null, door);
    }

    /** The conduct as a subordinate clause ("… omdat u …"). */
    static String gedragingInWoorden(nl.regie.inburgering.handhaving.Gedraging gedraging) {
        return switch (gedraging) {
            case BREDE_INTAKE_NIET_VERSCHENEN -> "u zonder geldige reden niet bent verschenen op de brede intake";
            case BREDE_INTAKE_NIET_MEEWERKEN -> "u niet heeft meegewerkt aan de brede intake";
            case PIP_AFSPRAKEN -> "u de afspraken in uw Plan Inburgering en Participatie niet bent nagekomen";
            case LESVERZUIM -> "u te vaak niet naar de lessen bent gekomen of onvoldoende inzet heeft getoond";
            default -> "u een verplichting uit de Wet inburgering 2021 niet bent nagekomen";
        };
    }

    static String routeInWoorden(Leerroute route) {
        if (route == null) {
            return "";
        }
        return switch (route) {
            case B1 -> "de B1-route";
            case ONDERWIJS -> "de onderwijsroute";
            case Z -> "de zelfredzaamheidsroute (Z-route)";
        };
    }

    static String intervalInWoorden(java.time.Period interval) {
        if (interval == null) {
            return "volgens het beleid van de gemeente";
        }
        int maanden = interval.toTotalMonths() > 0 ? (int) interval.toTotalMonths() : 0;
        return maanden == 1 ? "elke maand" : maanden > 1 ? "elke " + maanden + " maanden" : interval.toString();
    }
}

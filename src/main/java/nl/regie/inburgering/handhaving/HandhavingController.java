package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/**
 * Handhaving over our API: the Participatiewet maatregelen the inkomensconsulent records (Wi 27: no double
 * sanction), the fines of a previous gemeente outside this installation (they count for the maximum per term and for
 * a repeat), and the overview of a dossier's handhaving ({@link HandhavingOverzicht}). The role is checked first
 * (403, also for COA and DUO, which have no gemeente), then the dossier's gemeente (404 for another gemeente's).
 * Every read and change is written to the dossier's audit trail.
 */
@RestController
@RequestMapping(path = "/api/dossiers/{dossiernummer}", produces = "application/json")
public class HandhavingController {

    static final int MAX_OMSCHRIJVING = 2000;
    static final BigDecimal MAX_EERDERE_BOETE = new BigDecimal("800.00");
    private static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

    public record PwMaatregelVerzoek(String gedraging, LocalDate periodeVan, LocalDate periodeTot, LocalDate besluitdatum,
                                     Integer verlagingProcent, String omschrijving) {
    }

    public record PwMaatregelAntwoord(Long id, String gedraging, LocalDate periodeVan, LocalDate periodeTot,
                                      LocalDate besluitdatum, Integer verlagingProcent, String omschrijving,
                                      String geregistreerdDoor, Instant geregistreerdOp) {
        static PwMaatregelAntwoord van(PwMaatregel m, boolean metOmschrijving) {
            return new PwMaatregelAntwoord(m.getId(), m.getGedraging().name(), m.getPeriodeVan(), m.getPeriodeTot(),
                    m.getBesluitdatum(), m.getVerlagingProcent(), metOmschrijving ? m.getOmschrijving() : null,
                    m.getGeregistreerdDoor(), m.getGeregistreerdOp());
        }
    }

    public record EerdereBoeteVerzoek(String gemeenteCode, String gedraging, LocalDate gedragsdatum, LocalDate dagtekening,
                                      BigDecimal bedrag, String kenmerk) {
    }

    public record EerdereBoeteAntwoord(Long id, String gemeenteCode, String gedraging, LocalDate gedragsdatum,
                                       LocalDate dagtekening, BigDecimal bedrag, String kenmerk, String geregistreerdDoor,
                                       Instant geregistreerdOp) {
        static EerdereBoeteAntwoord van(EerdereBoete b) {
            return new EerdereBoeteAntwoord(b.getId(), b.getGemeenteCode(), b.getGedraging().name(), b.getGedragsdatum(),
                    b.getDagtekening(), b.getBedrag(), b.getKenmerk(), b.getGeregistreerdDoor(), b.getGeregistreerdOp());
        }
    }

    public record BezwaarVerzoek(LocalDate datum) {
    }

    public record BezwaarAntwoord(String zaaknummer, String status, LocalDate bezwaarOntvangenOp, LocalDate bezwaarVoor) {
    }

    /** Who may read the Pw maatregelen (and their omschrijving). */
    static final List<String> PW_LEZERS = List.of(Rollen.INKOMENSCONSULENT, Rollen.CASEMANAGER, Rollen.TEAMLEIDER,
            Rollen.HANDHAVING);
    /** Who may read the overview: the gemeente's staff with a part in handhaving; never partners, COA or DUO. */
    static final List<String> OVERZICHT_LEZERS = List.of(Rollen.CASEMANAGER, Rollen.TEAMLEIDER, Rollen.HANDHAVING,
            Rollen.PROCESBEHEERDER, Rollen.INKOMENSCONSULENT);

    private final DossierRepository dossiers;
    private final PwMaatregelRepository maatregelen;
    private final EerdereBoeteRepository eerdereBoetes;
    private final HandhavingOverzicht overzicht;
    private final InzageRepository inzagelog;
    private final HandhavingZaken zaken;

    public HandhavingController(DossierRepository dossiers, PwMaatregelRepository maatregelen,
                                EerdereBoeteRepository eerdereBoetes, HandhavingOverzicht overzicht,
                                InzageRepository inzagelog, HandhavingZaken zaken) {
        this.zaken = zaken;
        this.dossiers = dossiers;
        this.maatregelen = maatregelen;
        this.eerdereBoetes = eerdereBoetes;
        this.overzicht = overzicht;
        this.inzagelog = inzagelog;
    }

    /** The dossier's handhaving: cases, signals, Pw maatregelen, earlier fines, DUO's indications and fines, totals. */
    @GetMapping("/handhaving")
    @Transactional
    public HandhavingOverzicht.Overzicht toon(@PathVariable String dossiernummer,
                                             @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        alleen(gebruiker, OVERZICHT_LEZERS, "De handhaving van een dossier is voor de casemanager, de teamleider, "
                + "handhaving, de procesbeheerder en de inkomensconsulent.");
        Dossier dossier = eigenDossier(dossiernummer, gebruiker);
        log(dossier, gebruiker, "HANDHAVING_GELEZEN");
        boolean redenen = gebruiker.inGroep(Rollen.TEAMLEIDER) || gebruiker.inGroep(Rollen.HANDHAVING);
        return overzicht.van(dossier, redenen, inEen(gebruiker, PW_LEZERS));
    }

    @GetMapping("/pw-maatregelen")
    @Transactional
    public List<PwMaatregelAntwoord> maatregelen(@PathVariable String dossiernummer,
                                                 @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        alleen(gebruiker, PW_LEZERS, "De Participatiewet-maatregelen zijn voor de inkomensconsulent, de casemanager, "
                + "de teamleider en handhaving.");
        Dossier dossier = eigenDossier(dossiernummer, gebruiker);
        log(dossier, gebruiker, "PW_MAATREGELEN_GELEZEN");
        return maatregelen.findByDossierIdOrderById(dossier.getId()).stream()
                .map(m -> PwMaatregelAntwoord.van(m, true)).toList();
    }

    /** The inkomensconsulent records a Participatiewet maatregel for conduct that is also an inburgering obligation. */
    @PostMapping(path = "/pw-maatregelen", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public PwMaatregelAntwoord registreerMaatregel(@PathVariable String dossiernummer,
                                                   @RequestBody PwMaatregelVerzoek verzoek,
                                                   @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        alleen(gebruiker, List.of(Rollen.INKOMENSCONSULENT),
                "Alleen de inkomensconsulent registreert een maatregel op grond van de Participatiewet.");
        Dossier dossier = lopendDossier(dossiernummer, gebruiker);
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie();
        gedraging(v, "gedraging", verzoek.gedraging());
        periode(v, "periodeVan", verzoek.periodeVan(), "periodeTot", verzoek.periodeTot());
        v.verplicht("besluitdatum", verzoek.besluitdatum()).datumInHetVerleden("besluitdatum", verzoek.besluitdatum());
        if (verzoek.besluitdatum() != null && verzoek.periodeVan() != null
                && verzoek.besluitdatum().isBefore(verzoek.periodeVan())) {
            v.fout("besluitdatum", "ligt voor het begin van de periode (periodeVan)");
        }
        v.verplicht("verlagingProcent", verzoek.verlagingProcent());
        if (verzoek.verlagingProcent() != null && (verzoek.verlagingProcent() < 1 || verzoek.verlagingProcent() > 100)) {
            v.fout("verlagingProcent", "moet een geheel getal van 1 tot en met 100 zijn");
        }
        v.tekst("omschrijving", verzoek.omschrijving(), MAX_OMSCHRIJVING);
        v.controleer();
        PwMaatregel maatregel = maatregelen.save(new PwMaatregel(dossier.getId(), Gedraging.valueOf(verzoek.gedraging()),
                verzoek.periodeVan(), verzoek.periodeTot(), verzoek.besluitdatum(), verzoek.verlagingProcent(),
                verzoek.omschrijving().strip(), gebruiker.id(), Instant.now()));
        log(dossier, gebruiker, "PW_MAATREGEL_GEREGISTREERD");
        return PwMaatregelAntwoord.van(maatregel, true);
    }

    /** A fine a previous gemeente outside this installation imposed: it counts for the maximum and for a repeat. */
    @PostMapping(path = "/handhaving/eerdere-boetes", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    public EerdereBoeteAntwoord registreerEerdereBoete(@PathVariable String dossiernummer,
                                                       @RequestBody EerdereBoeteVerzoek verzoek,
                                                       @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        alleen(gebruiker, List.of(Rollen.CASEMANAGER, Rollen.HANDHAVING),
                "Een boete van een vorige gemeente wordt geregistreerd door de casemanager of handhaving.");
        Dossier dossier = lopendDossier(dossiernummer, gebruiker);
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie().verplicht("gemeenteCode", verzoek.gemeenteCode());
        if (verzoek.gemeenteCode() != null && !GEMEENTECODE.matcher(verzoek.gemeenteCode()).matches()) {
            v.fout("gemeenteCode", "moet GM met vier cijfers zijn, bijvoorbeeld GM0363");
        } else if (dossier.getGemeente().equals(verzoek.gemeenteCode())) {
            v.fout("gemeenteCode", "is de eigen gemeente van het dossier: haar boetes staan in de handhavingszaken");
        }
        gedraging(v, "gedraging", verzoek.gedraging());
        v.verplicht("gedragsdatum", verzoek.gedragsdatum()).datumInHetVerleden("gedragsdatum", verzoek.gedragsdatum());
        v.verplicht("dagtekening", verzoek.dagtekening()).datumInHetVerleden("dagtekening", verzoek.dagtekening());
        if (verzoek.dagtekening() != null && verzoek.gedragsdatum() != null
                && verzoek.dagtekening().isBefore(verzoek.gedragsdatum())) {
            v.fout("dagtekening", "ligt voor de gedragsdatum");
        }
        BigDecimal bedrag = verzoek.bedrag();
        v.verplicht("bedrag", bedrag);
        if (bedrag != null && (bedrag.signum() <= 0 || bedrag.stripTrailingZeros().scale() > 2
                || bedrag.compareTo(MAX_EERDERE_BOETE) > 0)) {
            v.fout("bedrag", "moet een bedrag in euro's zijn van meer dan 0 tot en met 800.00, met hoogstens twee decimalen");
        }
        v.naam("kenmerk", verzoek.kenmerk(), 100);
        v.controleer();
        String kenmerk = verzoek.kenmerk().strip();
        if (eerdereBoetes.findByDossierIdOrderById(dossier.getId()).stream()
                .anyMatch(b -> b.getGemeenteCode().equals(verzoek.gemeenteCode()) && b.getKenmerk().equals(kenmerk))) {
            throw new ConflictException("Een boete van deze gemeente met dit kenmerk is al geregistreerd.");
        }
        EerdereBoete boete = eerdereBoetes.save(new EerdereBoete(dossier.getId(), verzoek.gemeenteCode(),
                Gedraging.valueOf(verzoek.gedraging()), verzoek.gedragsdatum(), verzoek.dagtekening(),
                bedrag.setScale(2), kenmerk, gebruiker.id(), Instant.now()));
        log(dossier, gebruiker, "EERDERE_BOETE_GEREGISTREERD");
        return EerdereBoeteAntwoord.van(boete);
    }

    /** A conduct the gemeente fines (Wi 22, 23): PVT, MAP and the leerroute are DUO's. */
    private static void gedraging(Validatie v, String veld, String waarde) {
        v.verplicht(veld, waarde);
        if (waarde != null && Arrays.stream(Gedraging.values())
                .noneMatch(g -> g.handhaver() == Gedraging.Handhaver.GEMEENTE && g.name().equals(waarde))) {
            v.fout(veld, "moet een gedraging zijn die de gemeente handhaaft: een van " + Arrays.stream(Gedraging.values())
                    .filter(g -> g.handhaver() == Gedraging.Handhaver.GEMEENTE).map(Enum::name).toList());
        }
    }

    private static void periode(Validatie v, String vanVeld, LocalDate van, String totVeld, LocalDate tot) {
        v.verplicht(vanVeld, van).datumInHetVerleden(vanVeld, van).verplicht(totVeld, tot).datumInHetVerleden(totVeld, tot);
        if (van != null && tot != null && tot.isBefore(van)) {
            v.fout(totVeld, "ligt voor het begin van de periode (" + vanVeld + ")");
        }
    }

    private static boolean inEen(Gebruiker gebruiker, List<String> rollen) {
        return rollen.stream().anyMatch(gebruiker::inGroep);
    }

    private static void alleen(Gebruiker gebruiker, List<String> rollen, String melding) {
        if (!inEen(gebruiker, rollen)) {
            throw new GeenToegangException(melding);
        }
    }

    /**
     * A bezwaar against a boetebeschikking arrived (Awb 6:4; in time: until and including {@code bezwaarVoor}): the
     * handhaving role records its date and the case's process goes to "Beslissen op bezwaar". Also after the dossier
     * ended (a fine outlives a move). A case of another dossier, or not in its bezwaar period, answers 404 / 409.
     */
    @PostMapping(path = "/handhaving/zaken/{zaaknummer}/bezwaar", consumes = "application/json")
    @Transactional
    public BezwaarAntwoord bezwaar(@PathVariable String dossiernummer, @PathVariable String zaaknummer,
                                   @RequestBody BezwaarVerzoek verzoek,
                                   @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        alleen(gebruiker, List.of(Rollen.HANDHAVING), "Een bezwaar tegen een boetebeschikking legt handhaving vast.");
        Dossier dossier = eigenDossier(dossiernummer, gebruiker);
        if (!dossier.getDossiernummer().equals(HandhavingZaak.dossiernummerVan(zaaknummer))) {
            throw new NietGevondenException("De handhavingszaak hoort niet bij dit dossier.");
        }
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        HandhavingZaak zaak = zaken.bezwaarOntvangen(zaaknummer, verzoek.datum(), gebruiker.id());
        return new BezwaarAntwoord(zaak.getZaaknummer(), zaak.getStatus().name(), zaak.getBezwaarOntvangenOp(),
                zaak.getBezwaarVoor());
    }

    /** Another gemeente's dossier answers 404: its existence is not ours to reveal. */
    private Dossier eigenDossier(String dossiernummer, Gebruiker gebruiker) {
        return dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }

    private Dossier lopendDossier(String dossiernummer, Gebruiker gebruiker) {
        Dossier dossier = eigenDossier(dossiernummer, gebruiker);
        if (!dossier.isLopend()) {
            throw new ConflictException("Het dossier is afgesloten; er wordt niets meer op geregistreerd.");
        }
        return dossier;
    }

    private void log(Dossier dossier, Gebruiker gebruiker, String actie) {
        inzagelog.save(new Inzage(dossier.getId(), gebruiker.id(), actie, Instant.now()));
    }
}

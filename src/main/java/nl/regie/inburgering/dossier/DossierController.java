package nl.regie.inburgering.dossier;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.gemeente.Gemeente;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;
import nl.regie.inburgering.web.Validatie;

/** Our own API for dossiers: opening (COA, casemanager), reading, and events from outside. */
@RestController
@RequestMapping(path = "/api/dossiers", produces = "application/json")
public class DossierController {

    private final DossierService service;
    private final DossierRepository dossiers;
    private final GebeurtenisRepository gebeurtenissen;
    private final Gemeenten gemeenten;
    private final InzageRepository inzagelog;

    public DossierController(DossierService service, DossierRepository dossiers, GebeurtenisRepository gebeurtenissen,
                             Gemeenten gemeenten, InzageRepository inzagelog) {
        this.service = service;
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
        this.gemeenten = gemeenten;
        this.inzagelog = inzagelog;
    }

    /** The BSN only for the roles that work with it: casemanager, teamleider, inkomensconsulent and COA/DUO. */
    static boolean magBsnZien(Gebruiker gebruiker) {
        return java.util.stream.Stream.of(Rollen.CASEMANAGER, Rollen.TEAMLEIDER, Rollen.INKOMENSCONSULENT, Rollen.COA,
                Rollen.DUO).anyMatch(gebruiker::inGroep);
    }

    private void log(Dossier dossier, Gebruiker gebruiker, String actie) {
        inzagelog.save(new Inzage(dossier.getId(), gebruiker.id(), actie, java.time.Instant.now()));
    }

    @PostMapping(consumes = "application/json")
    public ResponseEntity<DossierAntwoord> open(@RequestBody DossierOpenenVerzoek verzoek,
                                                @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Gemeente gemeente = service.valideer(verzoek);
        boolean coa = gebruiker.inGroep(Rollen.COA);
        boolean medewerker = (gebruiker.inGroep(Rollen.CASEMANAGER) || gebruiker.inGroep(Rollen.TEAMLEIDER))
                && gebruiker.dient(gemeente.tenantId());
        if (!coa && !medewerker) {
            throw new GeenToegangException("Alleen COA of een casemanager van gemeente " + gemeente.cbsCode()
                    + " mag voor deze gemeente een dossier openen.");
        }
        // the service writes the audit row (GEOPEND in the dossier's own transaction, or OPNIEUW_AANGEBODEN)
        DossierService.Geopend geopend = service.open(verzoek, gemeente, gebruiker.id());
        DossierAntwoord antwoord = antwoord(geopend.dossier(), gebruiker);
        if (!geopend.nieuw()) {
            return ResponseEntity.ok(antwoord);
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + antwoord.dossiernummer())).body(antwoord);
    }

    @GetMapping("/{dossiernummer}")
    public DossierAntwoord toon(@PathVariable String dossiernummer,
                                @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = zichtbaarDossier(dossiernummer, gebruiker);
        log(dossier, gebruiker, "GELEZEN");
        return antwoord(dossier, gebruiker);
    }

    /** The audit trail of the dossier, for its teamleider and the procesbeheerder. */
    @GetMapping("/{dossiernummer}/inzage")
    public java.util.List<Map<String, Object>> inzage(@PathVariable String dossiernummer,
                                                     @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = zichtbaarDossier(dossiernummer, gebruiker);
        if (!(gebruiker.inGroep(Rollen.TEAMLEIDER) || gebruiker.inGroep(Rollen.PROCESBEHEERDER))) {
            throw new GeenToegangException("Het inzagelog is voor de teamleider en de procesbeheerder.");
        }
        return inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream()
                .map(i -> Map.<String, Object>of("gebruiker", i.getGebruiker(), "actie", i.getActie(), "tijdstip", i.getTijdstip()))
                .toList();
    }

    @PostMapping(path = "/{dossiernummer}/gebeurtenissen", consumes = "application/json")
    public ResponseEntity<DossierAntwoord> gebeurtenis(@PathVariable String dossiernummer,
                                                       @RequestBody GebeurtenisVerzoek verzoek,
                                                       @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = zichtbaarDossier(dossiernummer, gebruiker);
        if (!(gebruiker.inGroep(Rollen.DUO) || gebruiker.inGroep(Rollen.COA)
                || gebruiker.inGroep(Rollen.CASEMANAGER) || gebruiker.inGroep(Rollen.INKOMENSCONSULENT))) {
            throw new GeenToegangException("Gebeurtenissen worden geregistreerd door DUO, COA, de casemanager of de inkomensconsulent.");
        }
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        Validatie v = new Validatie().verplicht("type", verzoek.type()).verplicht("datum", verzoek.datum())
                .datumInHetVerleden("datum", verzoek.datum()).optioneleTekst("toelichting", verzoek.toelichting(), 1000);
        if (verzoek.type() != null && Arrays.stream(GebeurtenisType.values()).noneMatch(t -> t.name().equals(verzoek.type()))) {
            v.fout("type", "moet een van " + Arrays.toString(GebeurtenisType.values()) + " zijn");
        }
        if (verzoek.datum() != null && verzoek.datum().isBefore(dossier.getPersoon().getGeboortedatum())) {
            v.fout("datum", "ligt voor de geboortedatum");
        }
        GebeurtenisType type = v.heeftFout("type") ? null : GebeurtenisType.valueOf(verzoek.type());
        // BEEINDIGD carries a coded reden (free text alone is no longer accepted); a granted verlenging its new end
        if (type == GebeurtenisType.BEEINDIGD) {
            v.verplicht("reden", verzoek.reden());
            if (verzoek.reden() != null && Arrays.stream(Beeindigingsreden.values()).noneMatch(r -> r.name().equals(verzoek.reden()))) {
                v.fout("reden", "moet een van " + Arrays.toString(Beeindigingsreden.values()) + " zijn");
            }
        } else if (verzoek.reden() != null) {
            v.fout("reden", "hoort alleen bij BEEINDIGD");
        }
        if (type != null && type.verlengtTermijn()) {
            v.verplicht("einddatum", verzoek.einddatum());
            if (verzoek.einddatum() != null && verzoek.datum() != null && !verzoek.einddatum().isAfter(verzoek.datum())) {
                v.fout("einddatum", "moet na de datum van het besluit liggen");
            }
        } else if (verzoek.einddatum() != null) {
            v.fout("einddatum", "hoort alleen bij VERLENGING_AMBTSHALVE en VERLENGING_OP_AANVRAAG");
        }
        v.controleer();
        if (type.alleenDuo() && !gebruiker.inGroep(Rollen.DUO)) {
            throw new GeenToegangException(type == GebeurtenisType.BOETE_DUO
                    ? "Boetes van DUO worden alleen door DUO geregistreerd."
                    : "Examenresultaten van DUO worden alleen door DUO geregistreerd.");
        }
        if (type == GebeurtenisType.DOELGROEP_GEWIJZIGD && !(gebruiker.inGroep(Rollen.DUO) || gebruiker.inGroep(Rollen.CASEMANAGER))) {
            throw new GeenToegangException("De doelgroep wordt gewijzigd door DUO of de casemanager.");
        }
        // the service writes the audit row (GEBEURTENIS <type>) in the event's transaction
        boolean nieuw = service.registreerMetAuditregel(dossier, type, verzoek.datum(), verzoek.toelichting(),
                verzoek.reden() == null ? null : Beeindigingsreden.valueOf(verzoek.reden()), verzoek.einddatum(), gebruiker.id());
        DossierAntwoord antwoord = antwoord(dossiers.getByDossiernummer(dossiernummer), gebruiker);
        return nieuw ? ResponseEntity.status(201).body(antwoord) : ResponseEntity.ok(antwoord);
    }

    /** Other gemeenten' dossiers answer 404: their existence is not ours to reveal. */
    private Dossier zichtbaarDossier(String dossiernummer, Gebruiker gebruiker) {
        if (gebruiker.inGroep(Rollen.PARTNER)) {
            throw new GeenToegangException("Partners werken met hun externe taken via de engine REST API, niet met dossiers.");
        }
        return dossiers.findByDossiernummer(dossiernummer)
                .filter(d -> gebruiker.inGroep(Rollen.COA) || gebruiker.inGroep(Rollen.DUO) || gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }

    private DossierAntwoord antwoord(Dossier d, Gebruiker gebruiker) {
        Persoon p = d.getPersoon();
        return new DossierAntwoord(d.getDossiernummer(), d.getGemeente().substring(2),
                gemeenten.metTenantId(d.getGemeente()).naam(), d.getDoelgroep().name(), d.getStatus().name(),
                new DossierAntwoord.PersoonAntwoord(magBsnZien(gebruiker) ? p.getBsn() : null, p.getVoornamen(), p.getAchternaam(), p.getGeboortedatum(),
                        p.getNationaliteit()),
                d.getKoppelingsdatum(), d.isBijstand(), d.getBijstandStartdatum(), d.getBrpInschrijvingsdatum(),
                d.getVerwachteHuisvestingsdatum(), d.getHuisvestingsdatum(), d.getKennisgevingDuoDatum(), d.getPlichtig(), d.getPlichtReden(), d.getPipTermijnStart(),
                d.getPipUiterlijkeDatum(), d.getOpschortingSinds(), d.getInburgeringstermijnStart(),
                d.getInburgeringstermijnEinde(), d.getTermijnVerstrekenOp(),
                DossierAntwoord.Afsluitreden.van(d.getAfsluitredenCode()), d.getAfsluitreden(), d.getAfgeslotenOp(),
                d.getOpgeschoondOp(),
                gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(d.getId()).stream()
                        // DUO's fines are handhaving: not for COA (it opens dossiers; it has no part in enforcement)
                        .filter(g -> g.getType() != GebeurtenisType.BOETE_DUO || !gebruiker.inGroep(Rollen.COA))
                        .map(g -> new DossierAntwoord.GebeurtenisAntwoord(g.getType().name(), g.getDatum(), g.getToelichting(),
                                g.getReden() == null ? null : g.getReden().name(), g.getEinddatum()))
                        .toList());
    }
}

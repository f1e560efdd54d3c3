package nl.regie.inburgering.dossier;

import java.net.URI;
import java.util.Arrays;

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

    public DossierController(DossierService service, DossierRepository dossiers, GebeurtenisRepository gebeurtenissen,
                             Gemeenten gemeenten) {
        this.service = service;
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
        this.gemeenten = gemeenten;
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
        DossierService.Geopend geopend = service.open(verzoek, gemeente, gebruiker.id());
        DossierAntwoord antwoord = antwoord(geopend.dossier());
        if (!geopend.nieuw()) {
            return ResponseEntity.ok(antwoord);
        }
        return ResponseEntity.created(URI.create("/api/dossiers/" + antwoord.dossiernummer())).body(antwoord);
    }

    @GetMapping("/{dossiernummer}")
    public DossierAntwoord toon(@PathVariable String dossiernummer,
                                @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        return antwoord(zichtbaarDossier(dossiernummer, gebruiker));
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
                .nietInDeToekomst("datum", verzoek.datum());
        if (verzoek.type() != null && Arrays.stream(GebeurtenisType.values()).noneMatch(t -> t.name().equals(verzoek.type()))) {
            v.fout("type", "moet een van " + Arrays.toString(GebeurtenisType.values()) + " zijn");
        }
        if (verzoek.toelichting() != null && verzoek.toelichting().length() > 1000) {
            v.fout("toelichting", "is langer dan 1000 tekens");
        }
        if (verzoek.datum() != null && verzoek.datum().isBefore(dossier.getPersoon().getGeboortedatum())) {
            v.fout("datum", "ligt voor de geboortedatum");
        }
        v.controleer();
        boolean nieuw = service.registreer(dossier, GebeurtenisType.valueOf(verzoek.type()), verzoek.datum(),
                verzoek.toelichting(), gebruiker.id());
        DossierAntwoord antwoord = antwoord(dossiers.getByDossiernummer(dossiernummer));
        return nieuw ? ResponseEntity.status(201).body(antwoord) : ResponseEntity.ok(antwoord);
    }

    /** Other gemeenten' dossiers answer 404: their existence is not ours to reveal. */
    private Dossier zichtbaarDossier(String dossiernummer, Gebruiker gebruiker) {
        return dossiers.findByDossiernummer(dossiernummer)
                .filter(d -> gebruiker.inGroep(Rollen.COA) || gebruiker.inGroep(Rollen.DUO) || gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Dossier " + dossiernummer + " bestaat niet of is niet van uw gemeenten."));
    }

    private DossierAntwoord antwoord(Dossier d) {
        Persoon p = d.getPersoon();
        return new DossierAntwoord(d.getDossiernummer(), d.getGemeente().substring(2),
                gemeenten.metTenantId(d.getGemeente()).naam(), d.getDoelgroep().name(), d.getStatus().name(),
                new DossierAntwoord.PersoonAntwoord(p.getBsn(), p.getVoornamen(), p.getAchternaam(), p.getGeboortedatum(),
                        p.getNationaliteit()),
                d.getKoppelingsdatum(), d.isBijstand(), d.getBijstandStartdatum(), d.getBrpInschrijvingsdatum(),
                d.getKennisgevingDuoDatum(), d.getPlichtig(), d.getPlichtReden(), d.getPipTermijnStart(),
                d.getPipUiterlijkeDatum(), d.getOpschortingSinds(), d.getInburgeringstermijnStart(),
                d.getInburgeringstermijnEinde(), d.getAfsluitreden(),
                gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(d.getId()).stream()
                        .map(g -> new DossierAntwoord.GebeurtenisAntwoord(g.getType().name(), g.getDatum(), g.getToelichting()))
                        .toList());
    }
}

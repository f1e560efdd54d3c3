package nl.regie.inburgering.dossierbeeld;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * The dossier view's own endpoints (the Tasklist plugin "Dossier" and the page "Dossiers"), for the gemeente's staff:
 * <ul>
 *   <li>{@code GET /api/dossiers/{nr}/overzicht}: what the other endpoints do not give, and what the role may read;</li>
 *   <li>{@code GET /api/dossiers?zoek=&geboortedatum=&pagina=&grootte=}: find by name or dossier number and/or birth
 *       date; {@code POST /api/dossiers/zoeken} with the same fields and {@code bsn} (a BSN never in an address, where
 *       proxies and browsers keep it);</li>
 *   <li>{@code GET /api/dossiers/mijn?ookAfgesloten=&pagina=&grootte=}: the user's caseload.</li>
 * </ul>
 * Only dossiers of the user's gemeenten; another gemeente's dossier is not found (404).
 */
@RestController
@RequestMapping(path = "/api/dossiers", produces = "application/json")
public class DossierbeeldController {

    public record ZoekVerzoek(String zoek, String geboortedatum, String bsn, Integer pagina, Integer grootte) {
    }

    private final DossierRepository dossiers;
    private final Dossierbeeld beeld;
    private final DossierZoeken zoeken;

    public DossierbeeldController(DossierRepository dossiers, Dossierbeeld beeld, DossierZoeken zoeken) {
        this.dossiers = dossiers;
        this.beeld = beeld;
        this.zoeken = zoeken;
    }

    @GetMapping("/{dossiernummer}/overzicht")
    public Dossierbeeld.Overzicht overzicht(@PathVariable String dossiernummer,
                                            @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        lezer(gebruiker);
        Dossier dossier = dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
        return beeld.overzicht(dossier, gebruiker);
    }

    @GetMapping
    public DossierZoeken.Resultaat zoek(@RequestParam(required = false) String zoek,
                                        @RequestParam(required = false) String geboortedatum,
                                        @RequestParam(required = false) String bsn,
                                        @RequestParam(required = false) Integer pagina,
                                        @RequestParam(required = false) Integer grootte,
                                        @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        lezer(gebruiker);
        if (bsn != null) {
            throw OngeldigVerzoekException.veld("bsn", "zoek op BSN met POST /api/dossiers/zoeken, niet in het adres");
        }
        return zoeken.zoek(zoek, geboortedatum, null, pagina, grootte, gebruiker);
    }

    @PostMapping(path = "/zoeken", consumes = "application/json")
    public DossierZoeken.Resultaat zoekMetBsn(@RequestBody ZoekVerzoek verzoek,
                                              @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        lezer(gebruiker);
        if (verzoek == null) {
            throw OngeldigVerzoekException.veld("body", "ontbreekt");
        }
        return zoeken.zoek(verzoek.zoek(), verzoek.geboortedatum(), verzoek.bsn(), verzoek.pagina(), verzoek.grootte(),
                gebruiker);
    }

    @GetMapping("/mijn")
    public DossierZoeken.Resultaat mijn(@RequestParam(defaultValue = "false") boolean ookAfgesloten,
                                        @RequestParam(required = false) Integer pagina,
                                        @RequestParam(required = false) Integer grootte,
                                        @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        lezer(gebruiker);
        return zoeken.mijn(ookAfgesloten, pagina, grootte, gebruiker);
    }

    private static void lezer(Gebruiker gebruiker) {
        if (!DossierRechten.lezer(gebruiker)) {
            throw new GeenToegangException("Het dossierbeeld is voor de medewerkers van de gemeente.");
        }
    }
}

package nl.regie.inburgering.duo.simulator;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.duo.melding.DuoMeldingSoort;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.Validatie;

/**
 * Operating the simulator's report side (demo and tests only; signed in, procesbeheerder of the dossier's gemeente;
 * DUO down is duo-in's {@code PUT /api/duo-simulator/storing}, which the reports honour too):
 * <ul>
 *   <li>{@code GET /api/duo-simulator/meldingen/{dossiernummer}}: what "DUO" accepted for the dossier's person (kind,
 *   berichtId, body; never the BSN)</li>
 *   <li>{@code POST /api/duo-simulator/meldingen/weigeringen} {@code {"melding":"PIP","dossier":"INB-…","fouttekst":"…"}}:
 *   "DUO" refuses that report for that person functionally (403 with the fouttekst) until</li>
 *   <li>{@code DELETE /api/duo-simulator/meldingen/weigeringen/{melding}/{dossiernummer}}</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/duo-simulator/meldingen")
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class SimulatorMeldingenBeheer {

    public record Weigering(String melding, String dossier, String fouttekst) {
    }

    private final SimulatorMeldingen geheugen;
    private final DossierRepository dossiers;

    public SimulatorMeldingenBeheer(SimulatorMeldingen geheugen, DossierRepository dossiers) {
        this.geheugen = geheugen;
        this.dossiers = dossiers;
    }

    @GetMapping("/{dossiernummer}")
    public List<Map<String, Object>> ontvangen(@PathVariable String dossiernummer,
                                               @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Dossier dossier = dossier(dossiernummer, gebruiker);
        return geheugen.ontvangenVoor(dossier.getPersoon().getBsn()).stream()
                .map(o -> Map.<String, Object>of("melding", o.melding(), "berichtId", o.berichtId(), "inhoud", o.inhoud()))
                .toList();
    }

    @PostMapping(path = "/weigeringen", consumes = "application/json")
    public ResponseEntity<Void> weiger(@RequestBody Weigering w,
                                       @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        Validatie check = new Validatie().verplicht("melding", w == null ? null : w.melding())
                .verplicht("dossier", w == null ? null : w.dossier()).verplicht("fouttekst", w == null ? null : w.fouttekst());
        check.controleer();
        if (java.util.Arrays.stream(DuoMeldingSoort.values()).noneMatch(s -> s.name().equals(w.melding()))) {
            check.fout("melding", "is geen soort melding (PIP, INBURGERINGSAANBOD, PVT, MAP, ZROUTE, UREN_TAALLES,"
                    + " UREN_PARTICIPATIE, CONTACTPERSOON, LBT_EXAMENNUMMER)");
        }
        if (w.fouttekst().length() > 200) {
            check.fout("fouttekst", "is langer dan 200 tekens (DUO's Foutmelding)");
        }
        check.controleer();
        geheugen.weiger(w.melding(), dossier(w.dossier(), gebruiker).getPersoon().getBsn(), w.fouttekst());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/weigeringen/{melding}/{dossiernummer}")
    public ResponseEntity<Void> herstel(@PathVariable String melding, @PathVariable String dossiernummer,
                                        @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        geheugen.herstel(melding, dossier(dossiernummer, gebruiker).getPersoon().getBsn());
        return ResponseEntity.noContent().build();
    }

    private Dossier dossier(String dossiernummer, Gebruiker gebruiker) {
        if (!gebruiker.inGroep(Rollen.PROCESBEHEERDER)) {
            throw new GeenToegangException("Alleen een procesbeheerder bedient de DUO-simulator.");
        }
        return dossiers.findByDossiernummer(dossiernummer).filter(d -> gebruiker.dient(d.getGemeente()))
                .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
    }
}

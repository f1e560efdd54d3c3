package nl.regie.inburgering.duo.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.duo.DuoOins;
import nl.regie.inburgering.duo.generated.examen.model.ExamenonderdeelWI2021Inburgering;
import nl.regie.inburgering.duo.generated.examen.model.Examenresultaat;
import nl.regie.inburgering.duo.generated.examen.model.ExamenresultaatWI2021;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Doelgroep;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Doelgroepindeling;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.Inburgeringsplicht;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.model.RedenGeenInburgeringsplicht;
import nl.regie.inburgering.duo.generated.inburgeringstermijn.model.Inburgeringstermijn;
import nl.regie.inburgering.duo.generated.leerbaarheidstoets.model.LeerbaarheidstoetsResultaat;
import nl.regie.inburgering.duo.generated.leerbaarheidstoets.model.Resultaat;
import nl.regie.inburgering.duo.generated.ontheffing.model.GedeeltelijkeOntheffing;
import nl.regie.inburgering.duo.generated.ontheffing.model.GeheleOntheffing;
import nl.regie.inburgering.duo.generated.ontheffing.model.Ontheffing;
import nl.regie.inburgering.duo.generated.ontheffing.model.OntheffingsgrondInburgering;
import nl.regie.inburgering.duo.generated.pip.model.Gemeente;
import nl.regie.inburgering.duo.generated.pip.model.Leerroute;
import nl.regie.inburgering.duo.generated.pip.model.PIP;
import nl.regie.inburgering.duo.generated.vrijstelling.model.GeheleVrijstelling;
import nl.regie.inburgering.duo.generated.vrijstelling.model.RedenVrijstellingInburgeringsplicht;
import nl.regie.inburgering.duo.generated.vrijstelling.model.TijdelijkeVrijstelling;
import nl.regie.inburgering.duo.generated.vrijstelling.model.Vrijstelling;

/**
 * The DUO simulator's read side: DUO's gemeente APIs (Inburgeringsplicht, Inburgeringstermijn, Examen,
 * Vrijstelling, Ontheffing, Leerbaarheidstoets, PIP) at their spec paths under {@code /duo-simulator}, answering with
 * the generated models from {@link DuoSimulator}'s state. Checks DUO's headers: {@code bron} one of our gemeenten'
 * OINs, {@code doel} DUO's, {@code berichtId} present; 404 for a person DUO does not know; 503 while
 * {@link DuoSimulator#storing()} (DUO down). Only in the demo and test profiles.
 */
@RestController
@RequestMapping("/duo-simulator")
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class DuoSimulatorApi {

    private final DuoSimulator simulator;
    private final DuoOins oins;
    private final nl.regie.inburgering.duo.DuoProperties instellingen;

    public DuoSimulatorApi(DuoSimulator simulator, DuoOins oins, nl.regie.inburgering.duo.DuoProperties instellingen) {
        this.simulator = simulator;
        this.oins = oins;
        this.instellingen = instellingen;
    }

    /** Our client's credentials at "DUO" ({@code regie.duo.gebruikersnaam}/{@code wachtwoord}), when configured. */
    private boolean aangemeld(org.springframework.http.HttpHeaders koppen) {
        if (instellingen.getGebruikersnaam() == null || instellingen.getGebruikersnaam().isBlank()) {
            return true;
        }
        String verwacht = "Basic " + java.util.Base64.getEncoder().encodeToString((instellingen.getGebruikersnaam() + ":"
                + (instellingen.getWachtwoord() == null ? "" : instellingen.getWachtwoord())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return verwacht.equals(koppen.getFirst(org.springframework.http.HttpHeaders.AUTHORIZATION));
    }

    @GetMapping("/personen/{bsn}/inburgeringsplicht")
    public ResponseEntity<?> inburgeringsplicht(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        simulator.telPlichtVraag(bsn);
        return antwoord(bsn, koppen, p -> {
            Inburgeringsplicht i = new Inburgeringsplicht();
            i.setIndicatorInburgeringsplicht(p.plichtig);
            i.setBegindatum(p.plichtBegin);
            i.setEinddatum(p.plichtEinde);
            i.setDatumKennisgevingInburgeringsplicht(p.kennisgeving);
            i.setRedenGeenInburgeringsplicht(p.redenGeenPlicht == null ? null : RedenGeenInburgeringsplicht.fromValue(p.redenGeenPlicht));
            return i;
        });
    }

    @GetMapping("/personen/{bsn}/doelgroep")
    public ResponseEntity<?> doelgroep(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> {
            Doelgroep d = new Doelgroep();
            d.setIndeling(p.asielstatushouder ? Doelgroepindeling.ASIELSTATUSHOUDER : Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);
            d.setBegindatum(p.plichtBegin);
            return d;
        });
    }

    @GetMapping("/personen/{bsn}/inburgeringstermijn")
    public ResponseEntity<?> inburgeringstermijn(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> {
            if (p.termijnStart == null) {
                return null;
            }
            Inburgeringstermijn t = new Inburgeringstermijn();
            t.setStartdatum(p.termijnStart);
            t.setEinddatum(p.termijnEinde);
            t.setWijzigingsdatum(p.termijnWijziging);
            return t;
        });
    }

    @GetMapping("/personen/{bsn}/examens/resultaten")
    public ResponseEntity<?> examenresultaten(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> p.examens.stream().map(e -> {
            Examenresultaat r = new Examenresultaat();
            r.setOnderdeel(ExamenonderdeelWI2021Inburgering.fromValue(e.onderdeel()));
            r.setResultaat(ExamenresultaatWI2021.fromValue(e.resultaat()));
            r.setExamendatum(e.datum());
            return r;
        }).toList());
    }

    @GetMapping("/personen/{bsn}/vrijstellingen")
    public ResponseEntity<?> vrijstellingen(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> {
            if (p.vrijstelling == null) {
                return List.of();
            }
            Vrijstelling v = new Vrijstelling();
            if ("GEHEEL".equals(p.vrijstelling)) {
                GeheleVrijstelling g = new GeheleVrijstelling();
                g.setOordeel(nl.regie.inburgering.duo.generated.vrijstelling.model.AanvraagOordeel.TOEKENNING);
                g.setReden(RedenVrijstellingInburgeringsplicht.DIP);
                g.setDatumOordeel(p.plichtEinde);
                v.setGeheleVrijstelling(g);
            } else {
                TijdelijkeVrijstelling t = new TijdelijkeVrijstelling();
                t.setOordeel(nl.regie.inburgering.duo.generated.vrijstelling.model.AanvraagOordeel.TOEKENNING);
                t.setReden(RedenVrijstellingInburgeringsplicht.OPL);
                t.setStartdatum(p.plichtEinde);
                t.setEinddatum(p.plichtEinde == null ? null : p.plichtEinde.plusYears(1));
                v.setTijdelijkeVrijstelling(t);
            }
            return List.of(v);
        });
    }

    @GetMapping("/personen/{bsn}/ontheffingen")
    public ResponseEntity<?> ontheffingen(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> {
            if (p.ontheffing == null) {
                return List.of();
            }
            Ontheffing o = new Ontheffing();
            var oordeel = "AFGEWEZEN".equals(p.ontheffing)
                    ? nl.regie.inburgering.duo.generated.ontheffing.model.AanvraagOordeel.AFWIJZING
                    : nl.regie.inburgering.duo.generated.ontheffing.model.AanvraagOordeel.TOEKENNING;
            if ("GEHEEL".equals(p.ontheffing)) {
                GeheleOntheffing g = new GeheleOntheffing();
                g.setOordeel(oordeel);
                g.setGrond(OntheffingsgrondInburgering.MED);
                g.setDatumOordeel(p.plichtEinde);
                o.setGeheleOntheffing(g);
            } else {
                GedeeltelijkeOntheffing g = new GedeeltelijkeOntheffing();
                g.setOordeel(oordeel);
                g.setGrond(OntheffingsgrondInburgering.MED);
                g.setDatumOordeel(nl.regie.inburgering.engine.Tijd.vandaag());
                g.setExamenonderdeel(nl.regie.inburgering.duo.generated.ontheffing.model.ExamenonderdeelOntheffingInburgering.SP);
                o.setGedeeltelijkeOntheffing(g);
            }
            return List.of(o);
        });
    }

    @GetMapping("/personen/{bsn}/lbt/resultaten")
    public ResponseEntity<?> leerbaarheidstoets(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> {
            if (p.lbtResultaat == null) {
                return List.of();
            }
            Resultaat r = new Resultaat();
            r.setResultaat(LeerbaarheidstoetsResultaat.fromValue(p.lbtResultaat));
            r.setBehaaldeScore(p.lbtResultaat.contains("niet") ? "38" : "52"); // consistent with the result
            r.setBenodigdeScore("45");
            r.setDatumAfname(p.lbtDatum);
            return List.of(r);
        });
    }

    @GetMapping("/personen/{bsn}/PIP")
    public ResponseEntity<?> pip(@PathVariable String bsn, @RequestHeader org.springframework.http.HttpHeaders koppen) {
        return antwoord(bsn, koppen, p -> {
            if (p.vorigeGemeente == null) {
                return null;
            }
            PIP pip = new PIP();
            pip.setDagtekeningPip(p.vorigePipDagtekening);
            pip.setLeerroute(Leerroute.fromValue(p.vorigeLeerroute));
            Gemeente g = new Gemeente();
            g.setGemeentecode(p.vorigeGemeente);
            g.setPip(pip);
            return g;
        });
    }

    /** DUO's header checks, then the answer built from the person's state (null: 404). */
    private ResponseEntity<?> antwoord(String bsn, org.springframework.http.HttpHeaders koppen, Function<DuoSimulator.Persoon, Object> bouw) {
        String bron = koppen.getFirst("bron");
        String doel = koppen.getFirst("doel");
        if (koppen.getFirst("berichtId") == null || bron == null || doel == null) {
            return fout(400, "bron, doel en berichtId zijn verplicht");
        }
        if (!aangemeld(koppen) || oins.gemeenteMetOin(bron).isEmpty() || !doel.equals(oins.duo())) {
            return fout(401, "bron is geen bekende gemeente of doel is niet DUO");
        }
        if (simulator.storing()) {
            return fout(503, "DUO is tijdelijk niet beschikbaar (gesimuleerde storing)");
        }
        Optional<Object> body = simulator.bekend(bsn).map(bouw);
        return body.<ResponseEntity<?>>map(b -> ResponseEntity.ok().header("API-Version", "1.0.0")
                        .contentType(MediaType.APPLICATION_JSON).body(b))
                .orElseGet(() -> fout(404, "Persoon of gegeven niet gevonden"));
    }

    private static ResponseEntity<?> fout(int status, String tekst) {
        return ResponseEntity.status(status).header("API-Version", "1.0.0").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("fouttekst", tekst));
    }
}

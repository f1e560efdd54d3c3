package nl.regie.inburgering.duo.simulator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.web.Gebruiker;
import nl.regie.inburgering.web.GeenToegangException;
import nl.regie.inburgering.web.NietGevondenException;
import nl.regie.inburgering.web.Validatie;
import nl.regie.inburgering.identiteit.Rollen;

/**
 * Operating the DUO simulator (demo and test profiles only; signed in, procesbeheerder of the gemeente):
 * {@code POST /api/duo-simulator/notificaties/verstuur} lets "DUO" send an event for a dossier (or, for a person we
 * do not know yet, for a BSN and gemeente), after changing DUO's registration to match it; {@code PUT
 * /api/duo-simulator/storing} switches "DUO down" on or off.
 */
@RestController
@RequestMapping("/api/duo-simulator")
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class DuoSimulatorBediening {

    private static final Logger LOG = LoggerFactory.getLogger(DuoSimulatorBediening.class);

    /** {@code dossier}, or {@code bsn} + {@code gemeente} (tenant id); the rest optional DUO data for a new person. */
    public record Verstuur(String event, String dossier, String bsn, String gemeente, String berichtId,
                           String voornamen, String achternaam, LocalDate geboortedatum, String nationaliteit,
                           String doelgroep) {
    }

    public record Storing(Boolean actief) {
    }

    private final DuoSimulator simulator;
    private final DuoSimulatorZender zender;
    private final DossierRepository dossiers;

    public DuoSimulatorBediening(DuoSimulator simulator, DuoSimulatorZender zender, DossierRepository dossiers) {
        this.simulator = simulator;
        this.zender = zender;
        this.dossiers = dossiers;
    }

    @PostMapping(path = "/notificaties/verstuur", consumes = "application/json")
    public ResponseEntity<Map<String, Object>> verstuur(@RequestBody Verstuur v,
                                                        @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!gebruiker.inGroep(Rollen.PROCESBEHEERDER)) {
            throw new GeenToegangException("Alleen een procesbeheerder laat de DUO-simulator notificaties versturen.");
        }
        Validatie check = new Validatie().verplicht("event", v == null ? null : v.event());
        check.controleer();
        if (!v.event().matches("^[0-9A-Z]{1,6}$")) {
            check.fout("event", "is geen gebeurtenisId (1 tot 6 hoofdletters of cijfers)");
        }
        if (v.dossier() == null && (v.bsn() == null || v.gemeente() == null)) {
            check.fout("dossier", "is verplicht (of bsn en gemeente voor een persoon zonder dossier)");
        }
        if (v.bsn() != null && !v.bsn().matches("\\d{9}")) {
            check.fout("bsn", "moet 9 cijfers zijn");
        }
        if (v.berichtId() != null) {
            try {
                UUID.fromString(v.berichtId());
            } catch (IllegalArgumentException e) {
                check.fout("berichtId", "is geen UUID");
            }
        }
        check.controleer();
        String bsn;
        String gemeente;
        DuoSimulator.Persoon p;
        if (v.dossier() != null) {
            Dossier d = dossiers.findByDossiernummer(v.dossier()).filter(x -> gebruiker.dient(x.getGemeente()))
                    .orElseThrow(() -> new NietGevondenException("Het dossier bestaat niet of is niet van uw gemeenten."));
            bsn = d.getPersoon().getBsn();
            gemeente = d.getGemeente();
            boolean nieuw = simulator.bekend(bsn).isEmpty();
            p = simulator.persoon(bsn);
            if (nieuw) { // DUO's registration consistent with what the gemeente knows
                p.voornamen = d.getPersoon().getVoornamen();
                p.achternaam = d.getPersoon().getAchternaam();
                p.geboortedatum = d.getPersoon().getGeboortedatum();
                p.nationaliteit = d.getPersoon().getNationaliteit();
                p.asielstatushouder = d.getDoelgroep() != Doelgroep.GEZINSMIGRANT;
                p.kennisgeving = d.getKennisgevingDuoDatum();
                p.termijnStart = d.getInburgeringstermijnStart();
                p.termijnEinde = d.getInburgeringstermijnEinde();
            }
        } else {
            bsn = v.bsn();
            gemeente = v.gemeente();
            if (!gebruiker.dient(gemeente)) {
                throw new GeenToegangException("Alleen voor de eigen gemeenten.");
            }
            p = simulator.persoon(bsn);
            if (v.voornamen() != null) p.voornamen = v.voornamen();
            if (v.achternaam() != null) p.achternaam = v.achternaam();
            if (v.geboortedatum() != null) p.geboortedatum = v.geboortedatum();
            if (v.nationaliteit() != null) p.nationaliteit = v.nationaliteit();
            if (v.doelgroep() != null) p.asielstatushouder = !"GEZINSMIGRANT".equals(v.doelgroep());
        }
        simulator.pasToe(v.event(), p);
        UUID berichtId = v.berichtId() != null ? UUID.fromString(v.berichtId()) : UUID.randomUUID();
        int status = zender.verstuur(gemeente, v.event(), bsn, berichtId);
        LOG.info("DUO-simulator: {} verstuurd aan {} (antwoord {})", v.event(), gemeente, status);
        Map<String, Object> antwoord = new LinkedHashMap<>();
        antwoord.put("berichtId", berichtId.toString());
        antwoord.put("status", status);
        return ResponseEntity.status(202).body(antwoord);
    }

    @PutMapping(path = "/storing", consumes = "application/json")
    public ResponseEntity<Map<String, Object>> storing(@RequestBody Storing s,
                                                       @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!gebruiker.inGroep(Rollen.PROCESBEHEERDER)) {
            throw new GeenToegangException("Alleen een procesbeheerder bedient de DUO-simulator.");
        }
        new Validatie().verplicht("actief", s == null ? null : s.actief()).controleer();
        simulator.storing(s.actief());
        return ResponseEntity.ok(Map.of("storing", s.actief()));
    }
}

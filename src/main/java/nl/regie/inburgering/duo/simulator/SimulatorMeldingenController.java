package nl.regie.inburgering.duo.simulator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.duo.DuoOins;
import nl.regie.inburgering.duo.DuoProperties;
import nl.regie.inburgering.duo.generated.contactpersoon.model.Contactpersoongegevens;
import nl.regie.inburgering.duo.generated.gevolgdeuren.model.ParticipatieAlsTaalles;
import nl.regie.inburgering.duo.generated.gevolgdeuren.model.ParticipatieactiviteitenBredeIntake;
import nl.regie.inburgering.duo.generated.inburgeringsaanbod.model.Inburgeringsaanbod;
import nl.regie.inburgering.duo.generated.mappvtzroute.model.ResultaatMap;
import nl.regie.inburgering.duo.generated.mappvtzroute.model.ResultaatPvt;
import nl.regie.inburgering.duo.generated.mappvtzroute.model.ResultaatZroute;
import nl.regie.inburgering.duo.generated.pip.model.PIP;

/**
 * DUO's side of the reports the gemeente sends (demo and tests only; the simulator's reads and notifications are
 * duo-in's): PIP.yml, Inburgeringsaanbod.yml, MAPPVTZroute.yml, GevolgdeUren.yml, Contactpersoon.yml and the
 * examennummer of Leerbaarheidstoets.yml, with the spec's headers (bron, doel, berichtId) and bodies (read into the
 * generated models: a body that does not fit the spec is a 400), DUO's own PIP rules (no A2 on the onderwijsroute, no
 * B1 on the Z-route) and whatever refusal or fault it was told to give
 * ({@link SimulatorMeldingen}, {@code /api/duo-simulator/meldingen/**}; DUO down, {@link DuoSimulator#storing()},
 * holds here too). Without our client's credentials, with a {@code bron} that is none of our gemeenten or a {@code doel} that is not
 * DUO: 403 without reasons (a technical refusal: retried, then an incident). Functional refusals answer as the spec
 * does: 403 with a list of {@code fouttekst} (GevolgdeUren.yml and the link of a contactpersoon have no body there:
 * 400).
 */
@RestController
@RequestMapping("/duo-simulator")
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class SimulatorMeldingenController {

    private final SimulatorMeldingen geheugen;
    private final DuoSimulator simulator;
    private final DuoOins oins;
    private final DuoProperties duo;
    private final ObjectMapper streng;

    public SimulatorMeldingenController(SimulatorMeldingen geheugen, DuoSimulator simulator, DuoOins oins,
                                        DuoProperties duo, ObjectMapper json) {
        this.geheugen = geheugen;
        this.simulator = simulator;
        this.oins = oins;
        this.duo = duo;
        this.streng = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @PostMapping("/personen/{bsn}/PIP")
    public ResponseEntity<?> pip(@PathVariable String bsn, @RequestHeader Map<String, String> kop,
                                 @RequestBody JsonNode body) {
        return verwerk("PIP", bsn, kop, body, PIP.class, HttpStatus.CREATED, true, () -> {
            String route = body.path("leerroute").asText();
            String niveau = body.path("niveau").asText("");
            if ("O".equals(route) && "A2".equals(niveau)) {
                return Optional.of("Het niveau A2 past niet bij de onderwijsroute");
            }
            if ("Z".equals(route) && "B1".equals(niveau)) {
                return Optional.of("Het niveau B1 past niet bij de Z-route");
            }
            return Optional.empty();
        });
    }

    @PostMapping("/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}")
    public ResponseEntity<?> aanbod(@PathVariable String bsn, @PathVariable String instellingsnummer,
                                    @RequestHeader Map<String, String> kop, @RequestBody JsonNode body) {
        return verwerk("INBURGERINGSAANBOD", bsn, kop, body, Inburgeringsaanbod.class, HttpStatus.CREATED, true, () ->
                instellingsnummer.length() == 10 ? Optional.empty()
                        : Optional.of("Onbekend instellingsnummer"));
    }

    @PutMapping("/personen/{bsn}/pvt")
    public ResponseEntity<?> pvt(@PathVariable String bsn, @RequestHeader Map<String, String> kop, @RequestBody JsonNode body) {
        return verwerk("PVT", bsn, kop, body, ResultaatPvt.class, HttpStatus.OK, true, Optional::empty);
    }

    @PutMapping("/personen/{bsn}/map")
    public ResponseEntity<?> map(@PathVariable String bsn, @RequestHeader Map<String, String> kop, @RequestBody JsonNode body) {
        return verwerk("MAP", bsn, kop, body, ResultaatMap.class, HttpStatus.OK, true, Optional::empty);
    }

    @PutMapping("/personen/{bsn}/zroute")
    public ResponseEntity<?> zroute(@PathVariable String bsn, @RequestHeader Map<String, String> kop, @RequestBody JsonNode body) {
        return verwerk("ZROUTE", bsn, kop, body, ResultaatZroute.class, HttpStatus.OK, true, Optional::empty);
    }

    @PutMapping("/personen/{bsn}/uren/participatietaalles")
    public ResponseEntity<?> urenTaalles(@PathVariable String bsn, @RequestHeader Map<String, String> kop,
                                         @RequestBody JsonNode body) {
        return verwerk("UREN_TAALLES", bsn, kop, body, ParticipatieAlsTaalles.class, HttpStatus.OK, false, Optional::empty);
    }

    @PutMapping("/personen/{bsn}/uren/participatieactiviteiten")
    public ResponseEntity<?> urenParticipatie(@PathVariable String bsn, @RequestHeader Map<String, String> kop,
                                              @RequestBody JsonNode body) {
        return verwerk("UREN_PARTICIPATIE", bsn, kop, body, ParticipatieactiviteitenBredeIntake.class, HttpStatus.OK,
                false, Optional::empty);
    }

    @PostMapping("/contactpersonen")
    public ResponseEntity<?> nieuweContactpersoon(@RequestHeader Map<String, String> kop, @RequestBody JsonNode body) {
        Optional<ResponseEntity<?>> fout = controleer(kop, body, Contactpersoongegevens.class);
        if (fout.isPresent()) {
            return fout.get();
        }
        int id = geheugen.nieuweContactpersoon(body);
        return ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("id", id, "contactpersoongegevens", body));
    }

    @PutMapping("/contactpersonen/{id}")
    public ResponseEntity<?> wijzigContactpersoon(@PathVariable int id, @RequestHeader Map<String, String> kop,
                                                  @RequestBody JsonNode body) {
        Optional<ResponseEntity<?>> fout = controleer(kop, body, Contactpersoongegevens.class);
        if (fout.isPresent()) {
            return fout.get();
        }
        if (!geheugen.contactpersoonBekend(id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        geheugen.wijzigContactpersoon(id, body);
        return ResponseEntity.ok().build();
    }

    @PostMapping("/contactpersonen/{id}/personen/{bsn}")
    public ResponseEntity<?> contactpersoonVoorInburgeraar(@PathVariable int id, @PathVariable String bsn,
                                                           @RequestHeader Map<String, String> kop) {
        if (!geheugen.contactpersoonBekend(id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return verwerk("CONTACTPERSOON", bsn, kop, streng.createObjectNode().put("id", id), null, HttpStatus.CREATED,
                false, Optional::empty);
    }

    @GetMapping("/personen/{bsn}/lbt/examennummer")
    public ResponseEntity<?> examennummer(@PathVariable String bsn, @RequestHeader Map<String, String> kop) {
        ResponseEntity<?> antwoord = verwerk("LBT_EXAMENNUMMER", bsn, kop, streng.createObjectNode(), null,
                HttpStatus.OK, false, Optional::empty);
        if (!antwoord.getStatusCode().is2xxSuccessful()) {
            return antwoord;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("examennummer", geheugen.examennummer(bsn)));
    }

    /**
     * One report: fault switch (503), headers and body against the spec (400), a retried berichtId (same answer,
     * nothing recorded), the refusal it was told to give or DUO's own rule (403 with fouttekst, or 400 where the spec
     * has no body), else recorded and accepted.
     */
    private ResponseEntity<?> verwerk(String melding, String bsn, Map<String, String> kop, JsonNode body, Class<?> model,
                                      HttpStatus gelukt, boolean weigeringMetTekst,
                                      java.util.function.Supplier<Optional<String>> regels) {
        if (simulator.storing()) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        if (!bsn.matches("\\d{9}")) {
            return ResponseEntity.badRequest().build();
        }
        Optional<ResponseEntity<?>> fout = controleer(kop, body, model);
        if (fout.isPresent()) {
            return fout.get();
        }
        String berichtId = kopwaarde(kop, "berichtid");
        if (geheugen.alOntvangen(berichtId)) {
            return ResponseEntity.status(gelukt).build();
        }
        Optional<String> weigering = geheugen.weigering(melding, bsn).or(regels);
        if (weigering.isPresent()) {
            return weigeringMetTekst
                    ? ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                            .body(List.of(Map.of("fouttekst", weigering.get())))
                    : ResponseEntity.badRequest().build();
        }
        geheugen.ontvang(melding, bsn, berichtId, kopwaarde(kop, "bron"), body);
        return ResponseEntity.status(gelukt).build();
    }

    private Optional<ResponseEntity<?>> controleer(Map<String, String> kop, JsonNode body, Class<?> model) {
        String bron = kopwaarde(kop, "bron");
        String doel = kopwaarde(kop, "doel");
        String berichtId = kopwaarde(kop, "berichtid");
        if (bron == null || bron.length() != 20 || doel == null || doel.length() != 20 || berichtId == null
                || !berichtId.matches("[0-9a-fA-F-]{36}")) {
            return Optional.of(ResponseEntity.badRequest().build());
        }
        if (!metOnzeInlog(kop) || oins.gemeenteMetOin(bron).isEmpty() || !doel.equals(oins.duo())) {
            return Optional.of(ResponseEntity.status(HttpStatus.FORBIDDEN).build());
        }
        if (model != null) {
            try {
                streng.treeToValue(body, model);
            } catch (Exception e) {
                return Optional.of(ResponseEntity.badRequest().build());
            }
        }
        return Optional.empty();
    }

    /** Our client's account at "DUO" (regie.duo.gebruikersnaam/wachtwoord), when one is configured. */
    private boolean metOnzeInlog(Map<String, String> kop) {
        if (duo.getGebruikersnaam() == null || duo.getGebruikersnaam().isBlank()) {
            return true;
        }
        String inlog = duo.getGebruikersnaam() + ":" + (duo.getWachtwoord() == null ? "" : duo.getWachtwoord());
        return ("Basic " + java.util.Base64.getEncoder().encodeToString(inlog.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .equals(kopwaarde(kop, "authorization"));
    }

    private static String kopwaarde(Map<String, String> kop, String naam) {
        return kop.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(naam)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }
}

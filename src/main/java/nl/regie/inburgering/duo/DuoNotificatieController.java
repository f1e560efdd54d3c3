package nl.regie.inburgering.duo;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import nl.regie.inburgering.duo.generated.notificatie.model.Notificatie;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.web.Gebruiker;

/**
 * The gemeente side of DUO's {@code POST /notificaties} (Notificatie.yml 1.8.0), at {@code /api/duo/notificaties}:
 * DUO's base URL for us is {@code <host>/api/duo}. Only the DUO account (role {@code duo}); headers {@code bron}
 * (DUO's OIN), {@code doel} (one of our gemeenten' OINs) and {@code berichtId} (UUID). Answers 201 (stored; the same
 * berichtId again: 201 again, one effect), 400 with {@code fouttekst} naming the field, 401 (not signed in, or
 * {@code bron} is not DUO), 403 (another account). Every answer carries {@code API-Version}.
 */
@RestController
@RequestMapping("/api/duo")
public class DuoNotificatieController {

    private static final Logger LOG = LoggerFactory.getLogger(DuoNotificatieController.class);
    static final String API_VERSIE = "1.8.0";
    private static final java.util.Set<String> VELDEN = java.util.Set.of("registratieDatumTijd", "bsn", "vNummer", "gebeurtenisId");

    private final DuoNotificatieOntvangst ontvangst;
    private final DuoOins oins;
    private final ObjectMapper json;

    public DuoNotificatieController(DuoNotificatieOntvangst ontvangst, DuoOins oins, ObjectMapper json) {
        this.ontvangst = ontvangst;
        this.oins = oins;
        this.json = json;
    }

    @PostMapping(path = "/notificaties")
    public ResponseEntity<Object> opvoerenNotificatie(
            @RequestHeader(name = "bron", required = false) String bron,
            @RequestHeader(name = "doel", required = false) String doel,
            @RequestHeader(name = "berichtId", required = false) String berichtId,
            @RequestBody(required = false) String body,
            @RequestAttribute(Gebruiker.REQUEST_ATTRIBUUT) Gebruiker gebruiker) {
        if (!gebruiker.inGroep(Rollen.DUO)) {
            LOG.warn("DUO-notificatie geweigerd: account zonder rol duo");
            return antwoord(403, Map.of("type", "about:blank", "title", "GeenToegang", "status", 403,
                    "detail", "Alleen DUO levert notificaties aan.", "fouttekst", "Alleen DUO levert notificaties aan."));
        }
        if (!oin(bron)) {
            return fout("bron: ontbreekt of is geen OIN (20 cijfers)");
        }
        if (!bron.equals(oins.duo())) {
            LOG.warn("DUO-notificatie geweigerd: bron is niet het OIN van DUO");
            return antwoord(401, Map.of("type", "about:blank", "title", "NietAangemeld", "status", 401,
                    "detail", "bron is niet het OIN van DUO.", "fouttekst", "bron is niet het OIN van DUO."));
        }
        if (!oin(doel)) {
            return fout("doel: ontbreekt of is geen OIN (20 cijfers)");
        }
        var gemeente = oins.gemeenteMetOin(doel);
        if (gemeente.isEmpty()) {
            return fout("doel: is niet het OIN van een gemeente van deze installatie");
        }
        if (berichtId == null || !uuid(berichtId)) {
            return fout("berichtId: ontbreekt of is geen UUID");
        }
        Notificatie n;
        try {
            n = lees(body);
        } catch (OngeldigeNotificatie e) {
            return fout(e.getMessage());
        }
        ontvangst.ontvang(berichtId.toLowerCase(java.util.Locale.ROOT), bron, doel, gemeente.get(), n);
        return ResponseEntity.status(201).header("API-Version", API_VERSIE).build();
    }

    /** The body checked field by field against the spec; the message names the field, never its value. */
    private Notificatie lees(String body) {
        if (body == null || body.isBlank()) {
            throw new OngeldigeNotificatie("body: ontbreekt");
        }
        JsonNode boom;
        try {
            boom = json.readTree(body);
        } catch (Exception e) {
            throw new OngeldigeNotificatie("body: is geen geldige JSON");
        }
        if (!boom.isObject()) {
            throw new OngeldigeNotificatie("body: is geen object");
        }
        var velden = new java.util.ArrayList<String>();
        boom.fieldNames().forEachRemaining(velden::add);
        for (String veld : velden) {
            if (!VELDEN.contains(veld)) {
                throw new OngeldigeNotificatie(veld + ": is geen veld van een Notificatie");
            }
        }
        Notificatie n = new Notificatie();
        JsonNode tijd = boom.path("registratieDatumTijd");
        if (!tijd.isTextual()) {
            throw new OngeldigeNotificatie("registratieDatumTijd: is verplicht (datum-tijd)");
        }
        try {
            n.setRegistratieDatumTijd(OffsetDateTime.parse(tijd.asText()));
        } catch (Exception e) {
            throw new OngeldigeNotificatie("registratieDatumTijd: is geen datum-tijd (RFC 3339)");
        }
        JsonNode id = boom.path("gebeurtenisId");
        if (!id.isTextual() || !id.asText().matches("^[0-9A-Z]{1,6}$")) {
            throw new OngeldigeNotificatie("gebeurtenisId: is verplicht, 1 tot 6 hoofdletters of cijfers");
        }
        n.setGebeurtenisId(id.asText());
        JsonNode bsn = boom.path("bsn");
        if (!bsn.isMissingNode() && !bsn.isNull()) {
            if (!bsn.isTextual() || !bsn.asText().matches("\\d{9}")) {
                throw new OngeldigeNotificatie("bsn: moet 9 cijfers zijn");
            }
            n.setBsn(bsn.asText());
        }
        JsonNode vNummer = boom.path("vNummer");
        if (!vNummer.isMissingNode() && !vNummer.isNull()) {
            if (!vNummer.canConvertToLong() || !vNummer.isIntegralNumber() || vNummer.asLong() < 0 || vNummer.asLong() > 9999999999L) {
                throw new OngeldigeNotificatie("vNummer: moet een getal van 0 tot en met 9999999999 zijn");
            }
            n.setvNummer(vNummer.asLong());
        }
        if (n.getBsn() == null && n.getvNummer() == null) {
            throw new OngeldigeNotificatie("bsn: bsn of vNummer is verplicht");
        }
        return n;
    }

    private static boolean oin(String waarde) {
        return waarde != null && waarde.matches("\\d{20}");
    }

    private static boolean uuid(String waarde) {
        try {
            UUID.fromString(waarde);
            return waarde.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static ResponseEntity<Object> fout(String fouttekst) {
        return antwoord(400, Map.of("type", "about:blank", "title", "OngeldigVerzoek", "status", 400,
                "detail", fouttekst, "fouttekst", fouttekst));
    }

    /** A refusal: problem JSON (our API's format) that also carries DUO's {@code fouttekst}. */
    private static ResponseEntity<Object> antwoord(int status, Map<String, Object> body) {
        return ResponseEntity.status(status).header("API-Version", API_VERSIE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static final class OngeldigeNotificatie extends RuntimeException {
        OngeldigeNotificatie(String melding) {
            super(melding);
        }
    }
}

package nl.regie.inburgering.duo.melding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import nl.regie.inburgering.duo.DuoProperties;
import nl.regie.inburgering.duo.generated.contactpersoon.api.ContactpersoonGemeenteApi;
import nl.regie.inburgering.duo.generated.contactpersoon.model.Contactpersoongegevens;
import nl.regie.inburgering.duo.generated.gevolgdeuren.model.ParticipatieAlsTaalles;
import nl.regie.inburgering.duo.generated.gevolgdeuren.model.ParticipatieactiviteitenBredeIntake;
import nl.regie.inburgering.duo.generated.inburgeringsaanbod.model.Inburgeringsaanbod;
import nl.regie.inburgering.duo.generated.mappvtzroute.model.ResultaatMap;
import nl.regie.inburgering.duo.generated.mappvtzroute.model.ResultaatPvt;
import nl.regie.inburgering.duo.generated.mappvtzroute.model.ResultaatZroute;
import nl.regie.inburgering.duo.generated.pip.model.PIP;

/**
 * Sends one report with the generated DUO clients. DUO's answer is one of three: accepted (with a kenmerk where DUO
 * gives one: the contactpersoon's id, the examennummer), refused functionally (400, 404, or 403 with DUO's
 * {@code fouttekst} list: the data must be fixed, so the casemanager gets a task), or not reached (no connection, a
 * timeout, 401, 403 without reasons, 5xx): then {@link DuoNietBereikt} is thrown, the engine retries the job with
 * backoff and makes it an incident after the last attempt. Exception texts never carry the URL (it holds the BSN).
 */
@Component
class DuoMeldingVerzender {

    /** DUO's answer to a report. */
    record Antwoord(boolean aanvaard, String kenmerk, String weigering) {
        static Antwoord aanvaard(String kenmerk) { return new Antwoord(true, kenmerk, null); }
        static Antwoord geweigerd(String reden) { return new Antwoord(false, null, reden); }
    }

    /** DUO could not be reached or failed technically: the job fails (retry, then incident). No BSN in the text. */
    static class DuoNietBereikt extends RuntimeException {
        DuoNietBereikt(String melding) {
            super(melding, null, false, false);
        }
    }

    private final DuoMeldingClients clients;
    private final DuoProperties duo;
    private final DuoContactpersoonRepository contactpersonen;
    private final ObjectMapper json;

    DuoMeldingVerzender(DuoMeldingClients clients, DuoProperties duo, DuoContactpersoonRepository contactpersonen,
                        ObjectMapper json) {
        this.clients = clients;
        this.duo = duo;
        this.contactpersonen = contactpersonen;
        this.json = json;
    }

    Antwoord verstuur(DuoMelding melding, String gemeente, String bsn, String bron) {
        JsonNode inhoud = lees(melding.getInhoud());
        JsonNode body = inhoud.path("body");
        JsonNode pad = inhoud.path("pad");
        UUID berichtId = UUID.fromString(melding.getBerichtId());
        String doel = duo.getOin();
        String operatie = melding.getSoort().name();
        try {
            return switch (melding.getSoort()) {
                case PIP -> {
                    clients.pip()
                            .postPipByBsn(bsn, bron, berichtId, doel, model(body, PIP.class));
                    yield Antwoord.aanvaard(null);
                }
                case INBURGERINGSAANBOD -> {
                    String instellingsnummer = pad.path("instellingsnummer").asText("");
                    if (instellingsnummer.length() != 10) {
                        yield Antwoord.geweigerd("Geen instellingsnummer van DUO bekend voor deze taalaanbieder"
                                + " (functioneel beheer: regie.duo-melding.instellingsnummers); daarna opnieuw versturen.");
                    }
                    clients.inburgeringsaanbod()
                            .postInburgeringsaanbodByBsnAndInstellingsnummer(bsn, instellingsnummer, bron, berichtId, doel,
                                    model(body, Inburgeringsaanbod.class));
                    yield Antwoord.aanvaard(instellingsnummer);
                }
                case PVT -> {
                    clients.pvt()
                            .updatePvtByBsn(bsn, bron, berichtId, doel, model(body, ResultaatPvt.class));
                    yield Antwoord.aanvaard(null);
                }
                case MAP -> {
                    clients.map()
                            .updateMapByBsn(bsn, bron, berichtId, doel, model(body, ResultaatMap.class));
                    yield Antwoord.aanvaard(null);
                }
                case ZROUTE -> {
                    clients.zroute()
                            .updateZrouteByBsn(bsn, bron, berichtId, doel, model(body, ResultaatZroute.class));
                    yield Antwoord.aanvaard(null);
                }
                case UREN_TAALLES -> {
                    clients.urenTaalles()
                            .updateUrenParticipatieAlsTaallesByBsn(bsn, berichtId, bron, doel,
                                    model(body, ParticipatieAlsTaalles.class));
                    yield Antwoord.aanvaard(null);
                }
                case UREN_PARTICIPATIE -> {
                    clients.urenParticipatie()
                            .updateUrenParticipatieactiviteiten(bsn, berichtId, bron, doel,
                                    model(body, ParticipatieactiviteitenBredeIntake.class));
                    yield Antwoord.aanvaard(null);
                }
                case CONTACTPERSOON -> contactpersoon(gemeente, pad.path("gebruiker").asText(), body, bsn, bron, berichtId, doel);
                case LBT_EXAMENNUMMER -> {
                    var nummer = clients.examennummer().getExamennummerByBsn(bsn, berichtId, doel, bron);
                    yield Antwoord.aanvaard(nummer == null ? null : nummer.getExamennummer());
                }
            };
        } catch (RestClientResponseException fout) {
            return antwoordOpFout(fout, operatie);
        } catch (ResourceAccessException fout) {
            throw new DuoNietBereikt("DUO niet bereikt (" + operatie + "): geen verbinding of geen antwoord binnen de tijd");
        } catch (RestClientException fout) {
            throw new DuoNietBereikt("DUO-antwoord niet te verwerken (" + operatie + ")");
        }
    }

    /**
     * Contactpersoon.yml: the casemanager is registered once per gemeente ({@code POST /contactpersonen}, DUO's id kept
     * in duo_contactpersoon; later reports update the data with {@code PUT}), then linked to the inburgeraar.
     */
    private Antwoord contactpersoon(String gemeente, String gebruiker, JsonNode body, String bsn, String bron,
                                    UUID berichtId, String doel) {
        Contactpersoongegevens gegevens = model(body, Contactpersoongegevens.class);
        if (isLeeg(gegevens.getNaam()) || isLeeg(gegevens.getEmail()) || isLeeg(gegevens.getTelefoonnummer())) {
            return Antwoord.geweigerd("Naam, e-mailadres of telefoonnummer van de contactpersoon ontbreekt (naam en e-mail"
                    + " in Admin, telefoonnummer in regie.duo-melding.telefoonnummers); daarna opnieuw versturen.");
        }
        ContactpersoonGemeenteApi gemeenteApi = clients.contactpersoonGemeente();
        var bekend = contactpersonen.findByGemeenteAndGebruiker(gemeente, gebruiker);
        int id;
        if (bekend.isPresent()) {
            id = bekend.get().getDuoId();
            try {
                gemeenteApi.updateContactpersoonById(id, bron, berichtId, doel, gegevens);
            } catch (HttpClientErrorException.NotFound onbekend) {
                // DUO no longer knows the id we keep (removed there, or a DUO environment that was reset): without
                // this, every later report of this casemanager would be refused and become a repair task. The id is
                // DUO's own, not the inburgeraar's data, so register the casemanager again and keep the new id.
                id = registreer(gemeenteApi, bron, berichtId, doel, gegevens);
                bekend.get().vervang(id, DuoMeldingen.nu());
                contactpersonen.save(bekend.get());
            }
        } else {
            id = registreer(gemeenteApi, bron, berichtId, doel, gegevens);
            contactpersonen.save(new DuoContactpersoon(gemeente, gebruiker, id, DuoMeldingen.nu()));
        }
        clients.contactpersoonInburgeraar()
                .postContactpersoonByBsn(bsn, id, bron, berichtId, doel);
        return Antwoord.aanvaard(String.valueOf(id));
    }

    /** {@code POST /contactpersonen}: DUO's id for the casemanager. */
    private static int registreer(ContactpersoonGemeenteApi gemeenteApi, String bron, UUID berichtId, String doel,
                                  Contactpersoongegevens gegevens) {
        var aangemaakt = gemeenteApi.createContactpersoon(bron, berichtId, doel, gegevens);
        if (aangemaakt == null || aangemaakt.getId() == null) {
            throw new DuoNietBereikt("DUO gaf geen id voor de contactpersoon");
        }
        return aangemaakt.getId();
    }

    /** 400, 404, and 403 with reasons: DUO refuses the content; anything else: DUO was not (properly) reached. */
    private Antwoord antwoordOpFout(RestClientResponseException fout, String operatie) {
        int status = fout.getStatusCode().value();
        List<String> redenen = foutteksten(fout.getResponseBodyAsString());
        if (status == 400 || status == 404 || status == 422 || (status == 403 && !redenen.isEmpty())) {
            String standaard = switch (status) {
                case 400 -> "DUO: het bericht voldoet niet aan de specificatie (400)";
                case 404 -> "DUO: de inburgeraar of het gegeven is bij DUO niet bekend (404)";
                default -> "DUO weigert de melding (" + status + ")";
            };
            String tekst = redenen.isEmpty() ? standaard : String.join("; ", redenen);
            return Antwoord.geweigerd(tekst.length() > 2000 ? tekst.substring(0, 2000) : tekst);
        }
        throw new DuoNietBereikt("DUO antwoordde " + status + " (" + operatie + ")");
    }

    private List<String> foutteksten(String body) {
        List<String> teksten = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return teksten;
        }
        try {
            JsonNode knoop = json.readTree(body);
            if (knoop.isArray()) {
                knoop.forEach(f -> {
                    if (f.hasNonNull("fouttekst")) {
                        teksten.add(f.get("fouttekst").asText());
                    }
                });
            } else if (knoop.hasNonNull("fouttekst")) {
                teksten.add(knoop.get("fouttekst").asText());
            }
        } catch (Exception e) {
            // not DUO's Foutmelding: no reasons
        }
        return teksten;
    }

    private JsonNode lees(String inhoud) {
        try {
            return json.readTree(inhoud);
        } catch (Exception e) {
            throw new IllegalStateException("Melding onleesbaar");
        }
    }

    private <T> T model(JsonNode body, Class<T> type) {
        return json.convertValue(body == null || body.isMissingNode() ? Map.of() : body, type);
    }

    private static boolean isLeeg(String s) {
        return s == null || s.isBlank();
    }
}

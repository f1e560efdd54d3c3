package nl.regie.inburgering.duo.simulator;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientResponseException;

import nl.regie.inburgering.duo.DuoOins;
import nl.regie.inburgering.duo.DuoProperties;
import nl.regie.inburgering.duo.generated.notificatie.api.NotificatieApi;
import nl.regie.inburgering.duo.generated.notificatie.invoker.ApiClient;
import nl.regie.inburgering.duo.generated.notificatie.model.Notificatie;

/**
 * The simulator sends DUO's notification to us over HTTP with the generated Notificatie client, exactly as DUO would:
 * {@code bron} DUO's OIN, {@code doel} the gemeente's, a {@code berichtId}, signed in as the DUO account.
 */
@Component
@ConditionalOnProperty(prefix = "regie.duo.simulator", name = "enabled", havingValue = "true")
public class DuoSimulatorZender {

    private final DuoProperties instellingen;
    private final DuoOins oins;
    private final Environment omgeving;

    public DuoSimulatorZender(DuoProperties instellingen, DuoOins oins, Environment omgeving) {
        this.instellingen = instellingen;
        this.oins = oins;
        this.omgeving = omgeving;
    }

    /** Sends; returns our HTTP status (201, or the 4xx we answered). */
    public int verstuur(String gemeente, String gebeurtenisId, String bsn, UUID berichtId) {
        String url = instellingen.getSimulator().getNotificatieUrl() != null
                ? instellingen.getSimulator().getNotificatieUrl() : "http://localhost:${local.server.port}/api/duo";
        ApiClient client = new ApiClient(ApiClient.buildRestClientBuilder(ApiClient.createDefaultMapper(null))
                .defaultHeaders(h -> h.setBasicAuth(instellingen.getSimulator().getGebruikersnaam(),
                        instellingen.getSimulator().getWachtwoord()))
                .build());
        client.setBasePath(omgeving.resolveRequiredPlaceholders(url));
        Notificatie n = new Notificatie();
        n.setGebeurtenisId(gebeurtenisId);
        n.setBsn(bsn);
        n.setRegistratieDatumTijd(OffsetDateTime.ofInstant(
                org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant(), nl.regie.inburgering.engine.Tijd.ZONE));
        try {
            new NotificatieApi(client).opvoerenNotificatie(oins.duo(), oins.oinVan(gemeente), berichtId, n);
            return 201;
        } catch (RestClientResponseException e) {
            return e.getStatusCode().value();
        }
    }

}

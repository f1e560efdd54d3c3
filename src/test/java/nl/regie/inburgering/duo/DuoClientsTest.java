package nl.regie.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.web.client.RestClient;

import nl.regie.inburgering.duo.generated.pip.api.PipApi;

/**
 * The DUO clients keep one RestClient per spec and settings (building one was 5 % of a life's CPU), and still follow
 * a change of DUO's address, credentials or timeouts; the generated ApiClient around it is never shared.
 */
class DuoClientsTest {

    private final DuoProperties instellingen = new DuoProperties();
    private final MockEnvironment omgeving = new MockEnvironment().withProperty("local.server.port", "8123");
    private final DuoClients clients = new DuoClients(instellingen, omgeving);

    @BeforeEach
    void instellen() {
        instellingen.setBaseUrl("http://127.0.0.1:${local.server.port}/duo");
        instellingen.setGebruikersnaam("gemeente");
        instellingen.setWachtwoord("geheim");
    }

    private static RestClient rest(PipApi api) {
        return api.getApiClient().getRestClient();
    }

    @Test
    void eenSpecHoudtZijnRestClientMaarKrijgtPerGebruikEenEigenApiClient() {
        PipApi eerste = clients.pip();
        PipApi tweede = clients.pip();

        assertThat(rest(tweede)).isSameAs(rest(eerste));
        assertThat(tweede.getApiClient()).isNotSameAs(eerste.getApiClient());
        assertThat(eerste.getApiClient().getBasePath()).isEqualTo("http://127.0.0.1:8123/duo");
        assertThat(clients.inburgeringsplicht().getApiClient().getRestClient()).isNotSameAs(rest(eerste));
    }

    @Test
    void eenAnderAdresOfAndereInloggegevensGevenEenNieuweRestClient() {
        RestClient eerst = rest(clients.pip());

        omgeving.setProperty("local.server.port", "8124");
        PipApi naVerhuizing = clients.pip();
        assertThat(naVerhuizing.getApiClient().getBasePath()).isEqualTo("http://127.0.0.1:8124/duo");
        assertThat(rest(naVerhuizing)).isNotSameAs(eerst);

        RestClient voorWachtwoord = rest(clients.pip());
        instellingen.setWachtwoord("nieuw-geheim");
        assertThat(rest(clients.pip())).isNotSameAs(voorWachtwoord);

        RestClient voorTimeout = rest(clients.pip());
        instellingen.setReadTimeout(Duration.ofSeconds(3));
        assertThat(rest(clients.pip())).isNotSameAs(voorTimeout);
        assertThat(rest(clients.pip())).isSameAs(rest(clients.pip()));
    }
}

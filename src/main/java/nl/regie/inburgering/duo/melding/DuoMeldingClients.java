package nl.regie.inburgering.duo.melding;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import nl.regie.inburgering.duo.DuoProperties;
import nl.regie.inburgering.duo.generated.contactpersoon.api.ContactpersoonGemeenteApi;
import nl.regie.inburgering.duo.generated.contactpersoon.api.ContactpersoonVanInburgeringsplichtigeApi;
import nl.regie.inburgering.duo.generated.gevolgdeuren.api.ParticipatieActiviteitenInclBredeIntakeApi;
import nl.regie.inburgering.duo.generated.gevolgdeuren.api.ParticipatieDatTeltAlsTaallesApi;
import nl.regie.inburgering.duo.generated.inburgeringsaanbod.api.InburgeringsaanbodApi;
import nl.regie.inburgering.duo.generated.leerbaarheidstoets.api.ExamennummerApi;
import nl.regie.inburgering.duo.generated.mappvtzroute.api.ModuleArbeidsmarktEnParticipatieMapApi;
import nl.regie.inburgering.duo.generated.mappvtzroute.api.ParticipatieverklaringstrajectPvtApi;
import nl.regie.inburgering.duo.generated.mappvtzroute.api.ZRouteApi;
import nl.regie.inburgering.duo.generated.pip.api.PipApi;

/**
 * The generated DUO clients for the reports (one package per spec), each on a RestClient with that package's own
 * Jackson mapper and our settings: base URL ({@code regie.duo.base-url}, resolved at each call: the demo and tests
 * name their own port), timeouts and credentials. A client per call; they are cheap.
 */
@Component
public class DuoMeldingClients {

    private final DuoProperties duo;
    private final Environment omgeving;

    DuoMeldingClients(DuoProperties duo, Environment omgeving) {
        this.duo = duo;
        this.omgeving = omgeving;
    }

    PipApi pip() {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.pip.invoker.ApiClient(r).setBasePath(u), PipApi::new,
                nl.regie.inburgering.duo.generated.pip.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.pip.invoker.ApiClient.createDefaultMapper(null));
    }

    InburgeringsaanbodApi inburgeringsaanbod() {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient(r).setBasePath(u),
                InburgeringsaanbodApi::new,
                nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient.createDefaultMapper(null));
    }

    ParticipatieverklaringstrajectPvtApi pvt() {
        return mappvtzroute(ParticipatieverklaringstrajectPvtApi::new);
    }

    ModuleArbeidsmarktEnParticipatieMapApi map() {
        return mappvtzroute(ModuleArbeidsmarktEnParticipatieMapApi::new);
    }

    ZRouteApi zroute() {
        return mappvtzroute(ZRouteApi::new);
    }

    private <A> A mappvtzroute(Function<nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient, A> api) {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient.createDefaultMapper(null));
    }

    ParticipatieDatTeltAlsTaallesApi urenTaalles() {
        return gevolgdeUren(ParticipatieDatTeltAlsTaallesApi::new);
    }

    ParticipatieActiviteitenInclBredeIntakeApi urenParticipatie() {
        return gevolgdeUren(ParticipatieActiviteitenInclBredeIntakeApi::new);
    }

    private <A> A gevolgdeUren(Function<nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient, A> api) {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient.createDefaultMapper(null));
    }

    ContactpersoonGemeenteApi contactpersoonGemeente() {
        return contactpersoon(ContactpersoonGemeenteApi::new);
    }

    ContactpersoonVanInburgeringsplichtigeApi contactpersoonInburgeraar() {
        return contactpersoon(ContactpersoonVanInburgeringsplichtigeApi::new);
    }

    private <A> A contactpersoon(Function<nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient, A> api) {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient.createDefaultMapper(null));
    }

    ExamennummerApi examennummer() {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient(r).setBasePath(u),
                ExamennummerApi::new,
                nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient.createDefaultMapper(null));
    }

    // the reads the reconciliation (duo/afstemming) compares with

    public nl.regie.inburgering.duo.generated.inburgeringsplicht.api.InburgeringsplichtApi inburgeringsplicht() {
        return inburgeringsplichtApi(nl.regie.inburgering.duo.generated.inburgeringsplicht.api.InburgeringsplichtApi::new);
    }

    public nl.regie.inburgering.duo.generated.inburgeringsplicht.api.DoelgroepApi doelgroep() {
        return inburgeringsplichtApi(nl.regie.inburgering.duo.generated.inburgeringsplicht.api.DoelgroepApi::new);
    }

    private <A> A inburgeringsplichtApi(Function<nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient, A> api) {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient.createDefaultMapper(null));
    }

    public nl.regie.inburgering.duo.generated.inburgeringstermijn.api.InburgeringstermijnApi inburgeringstermijn() {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient(r).setBasePath(u),
                nl.regie.inburgering.duo.generated.inburgeringstermijn.api.InburgeringstermijnApi::new,
                nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient.createDefaultMapper(null));
    }

    public nl.regie.inburgering.duo.generated.vrijstelling.api.VrijstellingApi vrijstelling() {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient(r).setBasePath(u),
                nl.regie.inburgering.duo.generated.vrijstelling.api.VrijstellingApi::new,
                nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient.createDefaultMapper(null));
    }

    public nl.regie.inburgering.duo.generated.ontheffing.api.OntheffingApi ontheffing() {
        return api((r, u) -> new nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient(r).setBasePath(u),
                nl.regie.inburgering.duo.generated.ontheffing.api.OntheffingApi::new,
                nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient::buildRestClientBuilder,
                nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient.createDefaultMapper(null));
    }

    private <C, A> A api(BiFunction<RestClient, String, C> client, Function<C, A> api,
                         Function<ObjectMapper, RestClient.Builder> builder, ObjectMapper mapper) {
        return api.apply(client.apply(restClient(builder, mapper), omgeving.resolveRequiredPlaceholders(duo.getBaseUrl())));
    }

    private RestClient restClient(Function<ObjectMapper, RestClient.Builder> builder, ObjectMapper mapper) {
        SimpleClientHttpRequestFactory fabriek = new SimpleClientHttpRequestFactory();
        fabriek.setConnectTimeout((int) duo.getConnectTimeout().toMillis());
        fabriek.setReadTimeout((int) duo.getReadTimeout().toMillis());
        RestClient.Builder bouwer = builder.apply(mapper).requestFactory(fabriek);
        if (duo.getGebruikersnaam() != null && !duo.getGebruikersnaam().isBlank()) {
            String inlog = duo.getGebruikersnaam() + ":" + (duo.getWachtwoord() == null ? "" : duo.getWachtwoord());
            bouwer.defaultHeader(HttpHeaders.AUTHORIZATION,
                    "Basic " + Base64.getEncoder().encodeToString(inlog.getBytes(StandardCharsets.UTF_8)));
        }
        return bouwer.build();
    }
}

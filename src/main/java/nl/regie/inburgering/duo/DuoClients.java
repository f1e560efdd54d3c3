package nl.regie.inburgering.duo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import nl.regie.inburgering.duo.generated.examen.api.ResultatenApi;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.api.DoelgroepApi;
import nl.regie.inburgering.duo.generated.inburgeringsplicht.api.InburgeringsplichtApi;
import nl.regie.inburgering.duo.generated.inburgeringstermijn.api.InburgeringstermijnApi;
import nl.regie.inburgering.duo.generated.leerbaarheidstoets.api.LeerbaarheidstoetsresultatenApi;
import nl.regie.inburgering.duo.generated.ontheffing.api.OntheffingApi;
import nl.regie.inburgering.duo.generated.pip.api.PipApi;
import nl.regie.inburgering.duo.generated.vrijstelling.api.VrijstellingApi;

/**
 * The generated DUO clients (one package per spec, {@code nl.regie.inburgering.duo.generated.<spec>}) on a
 * {@link RestClient} with our settings: base URL (resolved at each call, so {@code ${local.server.port}} works),
 * connect and read timeouts, basic credentials.
 * <p>
 * One RestClient per spec and settings, kept: building one is not cheap — a new Jackson mapper (whose serializers are
 * then built again for every message), message converters that look up the XML factories through the service loader
 * — and it was 5 % of the application's CPU in a three-year life (JFR, 26 November). A RestClient is thread-safe; the
 * generated ApiClient around it (it holds a {@code DateFormat}) and the API are made per use.
 */
@Component
public class DuoClients {

    private final DuoProperties instellingen;
    private final Environment omgeving;
    private final Map<Sleutel, RestClient> restClients = new ConcurrentHashMap<>();

    /**
     * What a kept RestClient was built with: the spec (its ApiClient class) and our settings at that moment. Its text
     * leaves the password out, should it ever be logged.
     */
    private record Sleutel(Class<?> spec, String basisUrl, String gebruikersnaam, String wachtwoord, Duration connect,
                           Duration read) {
        @Override
        public String toString() {
            return spec.getSimpleName() + "@" + basisUrl + " (" + gebruikersnaam + ")";
        }
    }

    public DuoClients(DuoProperties instellingen, Environment omgeving) {
        this.instellingen = instellingen;
        this.omgeving = omgeving;
    }

    /** DUO's base URL, placeholders resolved now. */
    public String basisUrl() {
        return omgeving.resolveRequiredPlaceholders(instellingen.getBaseUrl());
    }

    /**
     * A RestClient for one generated package: its own Jackson mapper (from that package's ApiClient), our timeouts
     * and credentials. {@code builder} is the package's {@code ApiClient::buildRestClientBuilder}.
     */
    private RestClient restClient(Function<ObjectMapper, RestClient.Builder> builder, ObjectMapper mapper) {
        SimpleClientHttpRequestFactory fabriek = new SimpleClientHttpRequestFactory();
        fabriek.setConnectTimeout((int) instellingen.getConnectTimeout().toMillis());
        fabriek.setReadTimeout((int) instellingen.getReadTimeout().toMillis());
        RestClient.Builder b = builder.apply(mapper).requestFactory(fabriek);
        if (instellingen.getGebruikersnaam() != null && !instellingen.getGebruikersnaam().isBlank()) {
            String wachtwoord = instellingen.getWachtwoord() == null ? "" : instellingen.getWachtwoord();
            b.defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                    (instellingen.getGebruikersnaam() + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        }
        return b.build();
    }

    /**
     * A generated API on the spec's kept RestClient ({@code spec} is its ApiClient class; {@code builder} and
     * {@code mapper} build the RestClient the first time, or again when our settings changed): {@code client} makes
     * the package's ApiClient on it and our base URL, {@code api} the API on that.
     */
    public <C, A> A api(Class<C> spec, BiFunction<RestClient, String, C> client, Function<C, A> api,
                        Function<ObjectMapper, RestClient.Builder> builder, Supplier<ObjectMapper> mapper) {
        String basis = basisUrl();
        Sleutel sleutel = new Sleutel(spec, basis, instellingen.getGebruikersnaam(), instellingen.getWachtwoord(),
                instellingen.getConnectTimeout(), instellingen.getReadTimeout());
        RestClient rest = restClients.computeIfAbsent(sleutel, s -> restClient(builder, mapper.get()));
        return api.apply(client.apply(rest, basis));
    }

    public InburgeringsplichtApi inburgeringsplicht() {
        return inburgeringsplichtSpec(InburgeringsplichtApi::new);
    }

    public DoelgroepApi doelgroep() {
        return inburgeringsplichtSpec(DoelgroepApi::new);
    }

    private <A> A inburgeringsplichtSpec(java.util.function.Function<nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient, A> api) {
        return api(nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.inburgeringsplicht.invoker.ApiClient.createDefaultMapper(null));
    }

    public InburgeringstermijnApi inburgeringstermijn() {
        return api(nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient(r).setBasePath(u),
                InburgeringstermijnApi::new, nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.inburgeringstermijn.invoker.ApiClient.createDefaultMapper(null));
    }

    public ResultatenApi examenresultaten() {
        return api(nl.regie.inburgering.duo.generated.examen.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.examen.invoker.ApiClient(r).setBasePath(u),
                ResultatenApi::new, nl.regie.inburgering.duo.generated.examen.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.examen.invoker.ApiClient.createDefaultMapper(null));
    }

    public VrijstellingApi vrijstelling() {
        return api(nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient(r).setBasePath(u),
                VrijstellingApi::new, nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.vrijstelling.invoker.ApiClient.createDefaultMapper(null));
    }

    public OntheffingApi ontheffing() {
        return api(nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient(r).setBasePath(u),
                OntheffingApi::new, nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.ontheffing.invoker.ApiClient.createDefaultMapper(null));
    }

    public LeerbaarheidstoetsresultatenApi leerbaarheidstoets() {
        return api(nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient(r).setBasePath(u),
                LeerbaarheidstoetsresultatenApi::new, nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient.createDefaultMapper(null));
    }

    public PipApi pip() {
        return api(nl.regie.inburgering.duo.generated.pip.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.pip.invoker.ApiClient(r).setBasePath(u),
                PipApi::new, nl.regie.inburgering.duo.generated.pip.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.pip.invoker.ApiClient.createDefaultMapper(null));
    }
}

package nl.regie.inburgering.duo.melding;

import java.util.function.Function;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.duo.DuoClients;

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
 * The generated DUO clients for the reports (one package per spec), each on the RestClient of {@link DuoClients}
 * (that package's own Jackson mapper; our base URL, timeouts and credentials). {@link DuoClients} holds the reads.
 * A client per call on the kept RestClient of its spec.
 */
@Component
class DuoMeldingClients {

    private final DuoClients duo;

    DuoMeldingClients(DuoClients duo) {
        this.duo = duo;
    }

    PipApi pip() {
        return duo.pip();
    }

    InburgeringsaanbodApi inburgeringsaanbod() {
        return duo.api(nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient(r).setBasePath(u),
                InburgeringsaanbodApi::new,
                nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.inburgeringsaanbod.invoker.ApiClient.createDefaultMapper(null));
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
        return duo.api(nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.mappvtzroute.invoker.ApiClient.createDefaultMapper(null));
    }

    ParticipatieDatTeltAlsTaallesApi urenTaalles() {
        return gevolgdeUren(ParticipatieDatTeltAlsTaallesApi::new);
    }

    ParticipatieActiviteitenInclBredeIntakeApi urenParticipatie() {
        return gevolgdeUren(ParticipatieActiviteitenInclBredeIntakeApi::new);
    }

    private <A> A gevolgdeUren(Function<nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient, A> api) {
        return duo.api(nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.gevolgdeuren.invoker.ApiClient.createDefaultMapper(null));
    }

    ContactpersoonGemeenteApi contactpersoonGemeente() {
        return contactpersoon(ContactpersoonGemeenteApi::new);
    }

    ContactpersoonVanInburgeringsplichtigeApi contactpersoonInburgeraar() {
        return contactpersoon(ContactpersoonVanInburgeringsplichtigeApi::new);
    }

    private <A> A contactpersoon(Function<nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient, A> api) {
        return duo.api(nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient(r).setBasePath(u), api,
                nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.contactpersoon.invoker.ApiClient.createDefaultMapper(null));
    }

    ExamennummerApi examennummer() {
        return duo.api(nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient.class, (r, u) -> new nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient(r).setBasePath(u),
                ExamennummerApi::new,
                nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient::buildRestClientBuilder,
                () -> nl.regie.inburgering.duo.generated.leerbaarheidstoets.invoker.ApiClient.createDefaultMapper(null));
    }
}

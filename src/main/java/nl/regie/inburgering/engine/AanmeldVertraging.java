package nl.regie.inburgering.engine;

import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling without lockout: per user id, every failed password check makes the failing caller wait before
 * it gets its answer, growing (basis, twice that, ... capped at maximum). A correct password is never delayed or
 * refused, and resets the counter; a counter without new failures is forgotten after {@code vergetenNa}. Memory is
 * bounded ({@code maxGebruikers} user ids; the stalest are forgotten first). The engine's own throttling, which
 * locks an account permanently and refuses even the right password, is switched off ({@link EngineConfiguratie}).
 * Parallel guessing from many addresses is the reverse proxy's job (rate limits per source address).
 */
public class AanmeldVertraging {

    @ConfigurationProperties("regie.aanmelden")
    public record Instellingen(Duration vertragingBasis, Duration vertragingMaximum, Duration vergetenNa,
                               Integer maxGebruikers) {
        public Instellingen {
            vertragingBasis = vertragingBasis == null ? Duration.ofMillis(500) : vertragingBasis;
            vertragingMaximum = vertragingMaximum == null ? Duration.ofSeconds(4) : vertragingMaximum;
            vergetenNa = vergetenNa == null ? Duration.ofMinutes(15) : vergetenNa;
            maxGebruikers = maxGebruikers == null ? 10_000 : maxGebruikers;
        }
    }

    private record Pogingen(int mislukt, long laatsteMillis) {
    }

    private final Instellingen instellingen;
    private final LongSupplier klok;
    private final Map<String, Pogingen> pogingen = new ConcurrentHashMap<>();

    public AanmeldVertraging(Instellingen instellingen) {
        this(instellingen, System::currentTimeMillis);
    }

    /** With its own clock (milliseconds), for tests of the decay. */
    public AanmeldVertraging(Instellingen instellingen, LongSupplier klok) {
        this.instellingen = instellingen;
        this.klok = klok;
    }

    /** The wait after the n-th failed attempt in a row (n >= 1): basis * 2^(n-1), at most the maximum. */
    public Duration vertragingNa(int mislukt) {
        if (mislukt <= 0) {
            return Duration.ZERO;
        }
        long basis = instellingen.vertragingBasis().toMillis();
        long maximum = instellingen.vertragingMaximum().toMillis();
        long vertraging = basis;
        for (int i = 1; i < mislukt && vertraging < maximum; i++) {
            vertraging *= 2;
        }
        return Duration.ofMillis(Math.min(vertraging, maximum));
    }

    /** Failed attempts in a row for this user id that still count. */
    public int mislukt(String gebruiker) {
        Pogingen p = pogingen.get(sleutel(gebruiker));
        return p == null || verlopen(p, klok.getAsLong()) ? 0 : p.mislukt();
    }

    /** Records a failed attempt and returns how long the failing caller waits for its answer. */
    public Duration mislukking(String gebruiker) {
        long nu = klok.getAsLong();
        Pogingen p = pogingen.compute(sleutel(gebruiker), (id, oud) ->
                new Pogingen(oud == null || verlopen(oud, nu) ? 1 : oud.mislukt() + 1, nu));
        if (pogingen.size() > instellingen.maxGebruikers()) {
            ruimOp(nu);
        }
        return vertragingNa(p.mislukt());
    }

    /** A correct password: the counter starts again. */
    public void gelukt(String gebruiker) {
        pogingen.remove(sleutel(gebruiker));
    }

    public int aantalBijgehouden() {
        return pogingen.size();
    }

    private boolean verlopen(Pogingen p, long nu) {
        return nu - p.laatsteMillis() > instellingen.vergetenNa().toMillis();
    }

    private void ruimOp(long nu) {
        pogingen.values().removeIf(p -> verlopen(p, nu));
        while (pogingen.size() > instellingen.maxGebruikers()) {
            pogingen.entrySet().stream().min(Comparator.comparingLong(e -> e.getValue().laatsteMillis()))
                    .ifPresent(e -> pogingen.remove(e.getKey(), e.getValue()));
        }
    }

    private static String sleutel(String gebruiker) {
        return gebruiker == null ? "" : gebruiker;
    }
}

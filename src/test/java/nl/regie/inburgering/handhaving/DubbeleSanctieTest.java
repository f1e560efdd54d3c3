package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Persoon;
import nl.regie.inburgering.dossier.PersoonRepository;
import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * No double sanction, table-driven. Every row builds its own person with a dossier in Hoorn and a case for
 * PIP_AFSPRAKEN from 2026-02-10 to 2026-02-20; the row adds a Pw maatregel and/or another case and says what the
 * check must find.
 */
class DubbeleSanctieTest extends ProcesTestBasis {

    private static final LocalDate VAN = LocalDate.of(2026, 2, 10);
    private static final LocalDate TOT = LocalDate.of(2026, 2, 20);

    @Autowired DubbeleSanctie dubbeleSanctie;
    @Autowired PersoonRepository personen;
    @Autowired HandhavingZaakRepository zaken;
    @Autowired EerdereBoeteRepository eerdereBoetes;
    @Autowired PwMaatregelRepository maatregelen;

    private Sanctiegegevens gegevens;

    @BeforeEach
    void gegevens() {
        gegevens = new Sanctiegegevens(personen, dossiers, zaken, eerdereBoetes, maatregelen);
    }

    /**
     * maatregel / andere zaak: {@code [VERHUISD:]GEDRAGING@van..tot}, the other case with {@code =bedrag} when its
     * boetebeschikking is signed (without: a case still running); VERHUISD puts it on the same person's dossier in
     * another gemeente of this installation; ANDER_PERSOON on a dossier of someone else.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            niets eerder                                   |                                                  |                                                     | GEEN
            Pw maatregel voor dezelfde gedraging           | PIP_AFSPRAKEN@2026-02-01..2026-02-28             |                                                     | PW_MAATREGEL
            Pw maatregel die de periode raakt op één dag   | PIP_AFSPRAKEN@2026-02-20..2026-03-31             |                                                     | PW_MAATREGEL
            Pw maatregel voor een andere periode           | PIP_AFSPRAKEN@2026-01-01..2026-02-09             |                                                     | GEEN
            Pw maatregel voor andere gedraging             | LESVERZUIM@2026-02-01..2026-02-28                |                                                     | GEEN
            Pw maatregel in het dossier vóór de verhuizing | VERHUISD:PIP_AFSPRAKEN@2026-02-01..2026-02-28    |                                                     | PW_MAATREGEL
            Pw maatregel van een ander                     | ANDER_PERSOON:PIP_AFSPRAKEN@2026-02-01..2026-02-28 |                                                   | GEEN
            hetzelfde feit al beboet                       |                                                  | PIP_AFSPRAKEN@2026-02-15..2026-02-25=50             | AL_BEBOET
            hetzelfde feit al beboet in vorig dossier      |                                                  | VERHUISD:PIP_AFSPRAKEN@2026-02-10..2026-02-20=50    | AL_BEBOET
            hetzelfde feit in een lopende zaak             |                                                  | PIP_AFSPRAKEN@2026-02-15..2026-02-25                | GEEN
            andere periode al beboet                       |                                                  | PIP_AFSPRAKEN@2026-01-01..2026-01-31=50             | GEEN
            andere gedraging al beboet                     |                                                  | LESVERZUIM@2026-02-10..2026-02-20=50                | GEEN
            zelfde feit bij een ander beboet               |                                                  | ANDER_PERSOON:PIP_AFSPRAKEN@2026-02-10..2026-02-20=50 | GEEN
            Pw maatregel gaat voor al beboet               | PIP_AFSPRAKEN@2026-02-01..2026-02-28             | PIP_AFSPRAKEN@2026-02-15..2026-02-25=50             | PW_MAATREGEL
            """)
    void toets(String naam, String maatregel, String andereZaak, DubbeleSanctie.Uitkomst verwacht) {
        Persoon persoon = gegevens.persoon();
        Dossier hoorn = gegevens.dossier(persoon, "GM0441");
        if (maatregel != null) {
            Feit feit = feit(maatregel);
            gegevens.maatregel(dossier(feit.waar(), persoon, hoorn), feit.gedraging(), feit.van(), feit.tot());
        }
        if (andereZaak != null) {
            Feit feit = feit(andereZaak);
            gegevens.zaak(dossier(feit.waar(), persoon, hoorn), feit.gedraging(), feit.van(), feit.tot(), feit.bedrag());
        }
        HandhavingZaak zaak = gegevens.zaak(hoorn, Gedraging.PIP_AFSPRAKEN, VAN, TOT, null);

        assertThat(dubbeleSanctie.toets(zaak)).as(naam).isEqualTo(verwacht);
    }

    private record Feit(String waar, Gedraging gedraging, LocalDate van, LocalDate tot, BigDecimal bedrag) {
    }

    private static Feit feit(String tekst) {
        String waar = tekst.contains(":") ? tekst.substring(0, tekst.indexOf(':')) : "";
        String rest = tekst.substring(tekst.indexOf(':') + 1);
        String[] periode = rest.substring(rest.indexOf('@') + 1).split("=")[0].split("\\.\\.");
        BigDecimal bedrag = rest.contains("=") ? new BigDecimal(rest.substring(rest.indexOf('=') + 1)) : null;
        return new Feit(waar, Gedraging.valueOf(rest.substring(0, rest.indexOf('@'))), LocalDate.parse(periode[0]),
                LocalDate.parse(periode[1]), bedrag);
    }

    private Dossier dossier(String waar, Persoon persoon, Dossier hoorn) {
        return switch (waar) {
            case "" -> hoorn;
            case "VERHUISD" -> gegevens.dossier(persoon, "GM0439");
            case "ANDER_PERSOON" -> gegevens.dossier(gegevens.persoon(), "GM0441");
            default -> throw new IllegalArgumentException("Onbekend dossier " + waar);
        };
    }
}

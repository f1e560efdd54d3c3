package nl.regie.inburgering.pip;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * A moved or reopened dossier takes over the PIP versions with every field (verhuizing: VerhuizingService.vervolg
 * uses {@link PipVersie#kopieVoor}): DUO's fields, the interval and the reasons included.
 */
class PipVersieKopieTest {

    /** A version with every field set to a value that is not the default. */
    static PipVersie volledig() {
        PipVersie v1 = new PipVersie(7L, 1);
        v1.concept(Leerroute.B1, Leerroute.Z, "Wil snel naar werk", "PVT jaar 1", "MAP jaar 2",
                "Begeleiding bij wonen", true, 9, "Overige afspraken", "cm.hoorn", Instant.parse("2026-01-05T09:00:00Z"));
        PipVersie v2 = v1.volgende("NIVEAU,INTERVAL", "Na 640 uur", "cm.hoorn", Instant.parse("2026-06-01T09:00:00Z"));
        v2.duoGegevens(new PipVersie.Niveaus("B1", "B1", "A2", "B1"), 1200, "AA", true, "Schrijven blijft A2",
                "wordt overschreven door zetOntzorgen");
        v2.zetOntzorgen(false, "Beheert zijn geld zelf");
        v2.voortgangInterval(Period.ofMonths(2));
        v2.teruggegeven("Eerst de reden aanvullen");
        v2.vastgesteld(LocalDate.of(2026, 6, 3), "tl.wf", Instant.parse("2026-06-03T10:00:00Z"));
        return v2;
    }

    @Test
    void deKopieIsHetOrigineelInElkVeldInEenAnderDossier() {
        PipVersie origineel = volledig();
        PipVersie kopie = origineel.kopieVoor(42L);

        assertThat(kopie.getDossierId()).isEqualTo(42L);
        assertThat(kopie.getId()).isNull();
        assertThat(kopie.inhoud()).isEqualTo(origineel.inhoud());
        assertThat(kopie.inhoud()).hasNoNullFieldsOrProperties();
        // the getters the rest of the application reads, one by one
        assertThat(kopie.getVersie()).isEqualTo(2);
        assertThat(kopie.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
        assertThat(kopie.getLeerroute()).isEqualTo(Leerroute.B1);
        assertThat(kopie.getAdviesLeerroute()).isEqualTo(Leerroute.Z);
        assertThat(kopie.getAfwijkingReden()).isEqualTo("Wil snel naar werk");
        assertThat(kopie.getPvtAfspraken()).isEqualTo("PVT jaar 1");
        assertThat(kopie.getMapAfspraken()).isEqualTo("MAP jaar 2");
        assertThat(kopie.getBegeleidingAfspraken()).isEqualTo("Begeleiding bij wonen");
        assertThat(kopie.isOntzorgen()).isFalse();
        assertThat(kopie.getGeenOntzorgenReden()).isEqualTo("Beheert zijn geld zelf");
        assertThat(kopie.getAantalVoortgangsgesprekken()).isEqualTo(9);
        assertThat(kopie.getToelichting()).isEqualTo("Overige afspraken");
        assertThat(kopie.getOpgesteldDoor()).isEqualTo("cm.hoorn");
        assertThat(kopie.getVastgesteldDoor()).isEqualTo("tl.wf");
        assertThat(kopie.getDagtekening()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(kopie.getTeamleiderOpmerking()).isEqualTo("Eerst de reden aanvullen");
        assertThat(kopie.getVoortgangInterval()).isEqualTo(Period.ofMonths(2));
        assertThat(kopie.niveaus()).isEqualTo(new PipVersie.Niveaus("B1", "B1", "A2", "B1"));
        assertThat(kopie.getGeschatteIntensiteit()).isEqualTo(1200);
        assertThat(kopie.getAlfabetisering()).isEqualTo("AA");
        assertThat(kopie.getMagOpleidingAfmaken()).isTrue();
        assertThat(kopie.getNiveauReden()).isEqualTo("Schrijven blijft A2");
        assertThat(kopie.getWijzigingSoorten()).isEqualTo("NIVEAU,INTERVAL");
        assertThat(kopie.getWijzigingReden()).isEqualTo("Na 640 uur");
    }

    /** A field added to the entity but not to its Inhoud (and so not to the copy) fails here. */
    @Test
    void inhoudNoemtElkVeldBehalveIdEnDossier() {
        long velden = Arrays.stream(PipVersie.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).count();
        assertThat(PipVersie.Inhoud.class.getRecordComponents()).hasSize((int) velden - 2);
        assertThat(Arrays.stream(PipVersie.Inhoud.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactlyElementsOf(Arrays.stream(PipVersie.class.getDeclaredFields())
                        .filter(f -> !Modifier.isStatic(f.getModifiers()))
                        .map(f -> f.getName()).filter(n -> !n.equals("id") && !n.equals("dossierId")).toList());
    }
}

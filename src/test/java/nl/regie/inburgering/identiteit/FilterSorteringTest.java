package nl.regie.inburgering.identiteit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Issue 10, item 3: the shared Tasklist filters put the first due task on top and tasks without a due date last, on
 * H2 and on PostgreSQL (the CI runs this on both). Tasklist asks for a filter's tasks with a sorting of its own (by
 * default "created, newest first"); the filter's own ordering comes first, Tasklist's only decides among equal due
 * dates. The task without a due date is created last, so both "newest first" and "empty values first" (H2's default
 * before {@code DEFAULT_NULL_ORDERING=HIGH}) would put it on top.
 */
class FilterSorteringTest extends ProcesTestBasis {

    @LocalServerPort int poort;

    private record Rij(String dossiernummer, String taakDefinitie, String vervaldatum) {
    }

    /**
     * The filter's tasks as Tasklist asks for them (its default sorting), all in one page (the shared test database
     * holds other tests' tasks too; Camunda does not narrow a filter by {@code processInstanceBusinessKeyIn}).
     */
    private List<Rij> lijst(String filterNaam) {
        String filter = processEngine.getFilterService().createFilterQuery().filterName(filterNaam).singleResult().getId();
        Map<String, Object> verzoek = Map.of("sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")));
        Http.Antwoord antwoord = Http.als(poort, TestGegevens.CM_HOORN.id())
                .post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=" + PAGINA, verzoek);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        assertThat(antwoord.json().size()).as("all tasks in one page").isLessThan(PAGINA);
        List<Rij> rijen = new ArrayList<>();
        for (JsonNode taak : antwoord.json()) {
            var proces = runtimeService.createProcessInstanceQuery().processInstanceId(taak.path("processInstanceId").asText())
                    .singleResult();
            rijen.add(new Rij(proces == null ? null : proces.getBusinessKey(), taak.path("taskDefinitionKey").asText(),
                    taak.path("due").isNull() ? null : taak.path("due").asText()));
        }
        return rijen;
    }

    private static final int PAGINA = 2000;

    private static List<Rij> van(List<Rij> rijen, List<Dossier> dossiers) {
        List<String> nummers = dossiers.stream().map(Dossier::getDossiernummer).toList();
        return rijen.stream().filter(r -> nummers.contains(r.dossiernummer())).toList();
    }

    /** Tasks with a due date first, ascending; then those without one. */
    private static void eerstVervallendBovenaanZonderDatumOnderaan(List<Rij> rijen) {
        boolean zonder = false;
        Long vorige = null;
        for (Rij rij : rijen) {
            if (rij.vervaldatum() == null) {
                zonder = true;
                continue;
            }
            assertThat(zonder).as("a task with a due date after one without: " + rijen).isFalse();
            long moment = java.time.OffsetDateTime.parse(rij.vervaldatum(),
                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant().toEpochMilli();
            assertThat(vorige == null || vorige <= moment).as("due dates ascending: " + rijen).isTrue();
            vorige = moment;
        }
    }

    @Test
    void deGedeeldeFiltersZettenDeEerstVervallendeBovenaanEnTakenZonderVervaldatumOnderaan() {
        Dossier later = openStatushouder("0441");
        voltooi(TestGegevens.CM_HOORN, later, "Task_OproepVersturen",
                Map.of("oproepDatum", VANDAAG.plusDays(9).toString(), "oproepLocatie", "Stadhuis"));
        Dossier eerder = openStatushouder("0441");
        voltooi(TestGegevens.CM_HOORN, eerder, "Task_OproepVersturen",
                Map.of("oproepDatum", VANDAAG.plusDays(3).toString(), "oproepLocatie", "Stadhuis"));
        Dossier zonderDatum = openStatushouder("0441");
        assertThat(taak(zonderDatum, "Task_OproepVersturen").getDueDate()).isNull();
        List<Dossier> dossiers = List.of(later, eerder, zonderDatum);

        List<Rij> gemeenten = lijst(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN);
        eerstVervallendBovenaanZonderDatumOnderaan(gemeenten);
        gemeenten = van(gemeenten, dossiers);
        assertThat(gemeenten).extracting(Rij::dossiernummer, Rij::taakDefinitie).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple(eerder.getDossiernummer(), "Task_VerschijningVastleggen"),
                org.assertj.core.groups.Tuple.tuple(later.getDossiernummer(), "Task_VerschijningVastleggen"),
                org.assertj.core.groups.Tuple.tuple(zonderDatum.getDossiernummer(), "Task_OproepVersturen"));

        // claimed, the same order in "Mijn taken"
        for (Dossier dossier : dossiers) {
            String taak = taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                    .taskDefinitionKeyIn("Task_VerschijningVastleggen", "Task_OproepVersturen").singleResult().getId();
            taskService.claim(taak, TestGegevens.CM_HOORN.id());
        }
        List<Rij> mijn = lijst(IdentiteitInrichting.FILTER_MIJN_TAKEN);
        eerstVervallendBovenaanZonderDatumOnderaan(mijn);
        mijn = van(mijn, dossiers);
        assertThat(mijn).extracting(Rij::dossiernummer).containsExactly(eerder.getDossiernummer(), later.getDossiernummer(),
                zonderDatum.getDossiernummer());

        // the near deadlines: only tasks with a due date, the first due on top
        List<Rij> binnenkort = lijst(IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT);
        eerstVervallendBovenaanZonderDatumOnderaan(binnenkort);
        binnenkort = van(binnenkort, dossiers);
        assertThat(binnenkort).extracting(Rij::dossiernummer).containsSubsequence(eerder.getDossiernummer(),
                later.getDossiernummer()).doesNotContain(zonderDatum.getDossiernummer());
    }
}

package nl.regie.inburgering.populatie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The generator's own look-ups ({@link Runtimestand}) answer what the engine's query API answers for the same
 * question — the same rows, in the same order, with the same dates — for a dossier whose asynchronous steps still wait
 * and for people of a scale population in the intake and in their tracks.
 */
class RuntimestandTest extends ProcesTestBasis {

    @Autowired Runtimestand runtimestand;
    @Autowired PopulatieGenerator generator;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired JdbcTemplate jdbc;

    @Test
    void deEersteAsynchroneStapIsDieVanDeJobExecutor() {
        // two dossiers opened without running their asynchronous steps: they wait for the job executor
        Dossier eerste = openZonderWerkAf();
        Dossier tweede = openZonderWerkAf();

        Set<String> instanties = runtimestand.instanties(List.of(eerste.getDossiernummer(), tweede.getDossiernummer()));
        Set<String> volgensEngine = instantiesVolgensEngine(eerste.getDossiernummer());
        volgensEngine.addAll(instantiesVolgensEngine(tweede.getDossiernummer()));
        assertThat(instanties).hasSizeGreaterThanOrEqualTo(2).isEqualTo(volgensEngine);
        Date nu = ClockUtil.getCurrentTime();
        List<String> berichten = managementService.createJobQuery().processInstanceIds(instanties).messages()
                .executable().orderByJobId().asc().list().stream().map(Job::getId).toList();
        assertThat(berichten).hasSizeGreaterThanOrEqualTo(2);
        assertThat(runtimestand.eersteStap(instanties, nu, id -> false)).contains(berichten.get(0));
        // a job the generator passes over (it failed) leaves the next one, as the engine orders them
        assertThat(runtimestand.eersteStap(instanties, nu, berichten.get(0)::equals)).contains(berichten.get(1));

        werkAf(eerste);
        werkAf(tweede);
        assertThat(runtimestand.eersteStap(instanties, nu, id -> false)).isEqualTo(Optional.empty());
    }

    private Dossier openZonderWerkAf() {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar",
                LocalDate.of(1990, 1, 1), "SYR", "ASIELSTATUSHOUDER", "0441", VANDAAG.minusDays(3), true, null);
        return dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
    }

    @Test
    void timersPartnertakenEnTakenZijnDieVanDeEngine() {
        long vanaf = Tellingen.laatsteDossier(jdbc);
        generator.genereerSchaal(new SchaalInstellingen(6, 47, PopulatieInstellingen.DEMO_GEMEENTEN, VANDAAG, 1, 50, 14, 14));
        List<String> nummers = jdbc.queryForList("select dossiernummer from dossier where id > ? order by id", String.class, vanaf);
        assertThat(nummers).hasSize(6);

        int timers = 0;
        int partnertaken = 0;
        int taken = 0;
        for (String nummer : nummers) {
            Set<String> instanties = runtimestand.instanties(List.of(nummer));
            assertThat(instanties).as(nummer).isEqualTo(instantiesVolgensEngine(nummer));

            List<Runtimestand.Timer> engineTimers = managementService.createJobQuery().processInstanceIds(instanties)
                    .timers().list().stream().filter(j -> j.getRetries() > 0 && j.getDuedate() != null)
                    .map(j -> new Runtimestand.Timer(j.getId(), j.getDuedate())).toList();
            assertThat(runtimestand.timers(instanties)).as(nummer).isEqualTo(engineTimers);
            timers += engineTimers.size();

            List<Runtimestand.PartnerTaak> enginePartner = instanties.isEmpty() ? List.of() : externalTaskService
                    .createExternalTaskQuery().processInstanceIdIn(instanties.toArray(String[]::new)).active().list()
                    .stream().filter(t -> t.getRetries() == null || t.getRetries() > 0)
                    .map(t -> new Runtimestand.PartnerTaak(t.getId(), t.getTopicName(), t.getActivityId(),
                            t.getCreateTime(), t.getLockExpirationTime())).toList();
            assertThat(runtimestand.partnerTaken(instanties)).as(nummer).isEqualTo(enginePartner);
            partnertaken += enginePartner.size();

            List<Runtimestand.Taak> engineTaken = instanties.isEmpty() ? List.of() : taskService.createTaskQuery()
                    .processInstanceIdIn(instanties.toArray(String[]::new)).list().stream()
                    .map(t -> new Runtimestand.Taak(t.getId(), t.getTaskDefinitionKey(), t.getCreateTime(), t.getDueDate()))
                    .toList();
            assertThat(runtimestand.taken(instanties)).as(nummer).isEqualTo(engineTaken);
            taken += engineTaken.size();
        }
        // every kind was compared, not only empty lists
        assertThat(timers).isPositive();
        assertThat(partnertaken).isPositive();
        assertThat(taken).isPositive();
        assertThat(runtimestand.instanties(List.of())).isEmpty();
    }

    private Set<String> instantiesVolgensEngine(String sleutel) {
        Set<String> ids = new LinkedHashSet<>();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sleutel).orderByProcessInstanceId().asc()
                .list().stream().map(ProcessInstance::getId).forEach(ids::add);
        return ids;
    }
}

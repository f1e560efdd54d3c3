package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * The job executor's acquisition at scale ({@link JobAcquisitie}, issue 13): the settings are on, the index exists
 * (made after the engine's schema), every new job has a due date, and a job left without one by an
 * earlier version gets one at start, so the acquisition ({@code DUEDATE_ <= now}) finds it.
 */
class JobAcquisitieTest extends ProcesTestBasis {

    @Autowired DataSource dataSource;
    @Autowired RepositoryService repositoryService;
    @Autowired org.springframework.core.env.Environment omgeving;
    @Autowired MotorSchemaAanvullingen schema;

    private String deployment;

    private ProcessEngineConfigurationImpl configuratie() {
        return (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    @AfterEach
    void opruimen() {
        configuratie().setEnsureJobDueDateNotNull(true);
        configuratie().setJobExecutorAcquireByDueDate(true);
        ClockUtil.reset();
        if (deployment != null) {
            repositoryService.deleteDeployment(deployment, true, true);
        }
    }

    @Test
    void deAcquisitieNeemtDeOudsteEerstEnGeeftElkeJobEenVervaldatum() {
        assertThat(configuratie().isJobExecutorAcquireByDueDate()).isTrue();
        assertThat(configuratie().isEnsureJobDueDateNotNull()).isTrue();
        // the tests run without the job executor (the engine keeps Camunda's own): the application's settings
        assertThat(omgeving.getProperty("camunda.bpm.job-execution.max-jobs-per-acquisition", Integer.class)).isEqualTo(8);
    }

    @Test
    void deIndexBestaat() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            java.util.Set<String> indexen = new java.util.HashSet<>();
            for (String tabel : List.of("act_ru_job", "ACT_RU_JOB")) {
                try (ResultSet r = c.getMetaData().getIndexInfo(null, null, tabel, false, false)) {
                    while (r.next()) {
                        if (r.getString("INDEX_NAME") != null) {
                            indexen.add(r.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
            assertThat(indexen).contains(JobAcquisitie.INDEX, JobAcquisitie.INDEX_VERGRENDELD);
            assertThat(schema.voerUit()).as("a second time: nothing fails, nothing changes").isZero();
        }
    }

    @Test
    void eenJobZonderVervaldatumKrijgtDeHuidigeTijd() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("jobAcquisitieTest").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask().camundaAsyncBefore().camundaExpression("${true}").endEvent().done();
        deployment = repositoryService.createDeployment().addModelInstance("jobAcquisitieTest.bpmn", model).deploy().getId();

        String met = runtimeService.startProcessInstanceByKey("jobAcquisitieTest").getId();
        assertThat(job(met).getDuedate()).as("ensureJobDueDateNotNull").isNotNull();

        // as a job made by a version before these settings (either one gives every new job a due date)
        configuratie().setEnsureJobDueDateNotNull(false);
        configuratie().setJobExecutorAcquireByDueDate(false);
        String zonder = runtimeService.startProcessInstanceByKey("jobAcquisitieTest").getId();
        configuratie().setEnsureJobDueDateNotNull(true);
        configuratie().setJobExecutorAcquireByDueDate(true);
        assertThat(job(zonder).getDuedate()).isNull();

        Date nu = new Date((ClockUtil.getCurrentTime().getTime() / 1000 + 60) * 1000);
        ClockUtil.setCurrentTime(nu);
        assertThat(JobAcquisitie.geefVervaldatum(managementService)).isEqualTo(1);
        assertThat(job(zonder).getDuedate()).isEqualTo(nu);
        assertThat(JobAcquisitie.geefVervaldatum(managementService)).isZero();

        managementService.executeJob(job(zonder).getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(zonder).count()).isZero();
    }

    private Job job(String proces) {
        return managementService.createJobQuery().processInstanceId(proces).singleResult();
    }
}

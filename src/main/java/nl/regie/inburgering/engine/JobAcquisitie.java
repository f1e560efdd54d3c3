package nl.regie.inburgering.engine;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * The job executor's acquisition at scale (issue 13, timer burst). With {@code jobExecutorAcquireByDueDate} and
 * {@code ensureJobDueDateNotNull} (application.yml) the engine asks for
 * {@code ... where RETRIES_ > 0 and DUEDATE_ <= now and (unlocked) and SUSPENSION_STATE_ = 1 ... order by DUEDATE_}
 * with a limit of {@code max-jobs-per-acquisition}; the index {@value #INDEX} answers it by reading the due jobs in
 * order and stopping at the limit, instead of a sequential scan of every job (and of the rows deleted since the last
 * vacuum) per acquisition. The query's {@code not exists} (no other locked exclusive job of the same process instance)
 * is planned as a hashed subplan over every locked job: {@value #INDEX_VERGRENDELD} holds only locked jobs, so that
 * is a few rows instead of a second sequential scan. On PostgreSQL both are partial indexes (jobs with retries left
 * that are not suspended; locked jobs), so failed jobs (incidents), suspended and unlocked ones cost nothing there.
 * Measured with EXPLAIN (ANALYZE, BUFFERS) in the README ("Benchmark").
 * <p>
 * Created after the engine built its schema ({@link MotorSchemaAanvulling}: why not Flyway), {@code if not exists}.
 * Jobs left without a due date by a version with neither setting (each gives every new job one) would never be acquired:
 * at every start they get the current time as due date, through the engine's API (normally there are none).
 */
@Component
public class JobAcquisitie extends AbstractProcessEnginePlugin implements MotorSchemaAanvulling {

    public static final String INDEX = "regie_idx_job_acquisitie";
    public static final String INDEX_VERGRENDELD = "regie_idx_job_vergrendeld";
    private static final int PAGINA = 500;

    @Override
    public List<String> statements(Database database, String prefix) {
        boolean postgres = database == Database.POSTGRES;
        return List.of(
                "create index if not exists " + INDEX + " on " + prefix + "act_ru_job (duedate_)"
                        + (postgres ? " where retries_ > 0 and suspension_state_ = 1" : ""),
                "create index if not exists " + INDEX_VERGRENDELD + " on " + prefix + "act_ru_job (lock_exp_time_)"
                        + (postgres ? " where lock_owner_ is not null" : ""));
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (engine.getProcessEngineConfiguration().isEnsureJobDueDateNotNull()) {
            geefVervaldatum(engine.getManagementService());
        }
    }

    /** Every executable job without a due date gets the current time: the acquisition asks {@code DUEDATE_ <= now}. */
    static int geefVervaldatum(ManagementService beheer) {
        int gezet = 0;
        for (int vanaf = 0; ; vanaf += PAGINA) {
            List<Job> jobs = beheer.createJobQuery().executable().orderByJobId().asc().listPage(vanaf, PAGINA);
            for (Job job : jobs) {
                if (job.getDuedate() == null) {
                    beheer.setJobDuedate(job.getId(), new Date(ClockUtil.getCurrentTime().getTime()));
                    gezet++;
                }
            }
            if (jobs.size() < PAGINA) {
                return gezet;
            }
        }
    }
}

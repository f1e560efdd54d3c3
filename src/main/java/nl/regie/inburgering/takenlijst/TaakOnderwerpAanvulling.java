package nl.regie.inburgering.takenlijst;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.TaakOnderwerp;
import nl.regie.inburgering.engine.TaakOnderwerpListener;

/**
 * Tasks created before every user task carried {@link TaakOnderwerp}'s variables get them at start: each open task
 * without {@code inburgeraar} whose process belongs to a dossier, one task per transaction (a task that fails is
 * logged by id and tried again at the next start). After the first start there is nothing left to do but one query
 * per page of open tasks. Written inside the engine (not through {@code TaskService.setVariables}, which accepts only
 * a task's form fields: engine/TaakVariabelenInterceptor).
 */
@Component
public class TaakOnderwerpAanvulling {

    private static final Logger LOG = LoggerFactory.getLogger(TaakOnderwerpAanvulling.class);
    private static final int PAGINA = 500;

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl configuratie;
    private final TaakOnderwerp onderwerp;

    public TaakOnderwerpAanvulling(TaskService taskService, RuntimeService runtimeService,
                                   ProcessEngineConfigurationImpl configuratie, TaakOnderwerp onderwerp) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.configuratie = configuratie;
        this.onderwerp = onderwerp;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void bijStart() {
        int aangevuld = vulAan();
        if (aangevuld > 0) {
            LOG.info("{} lopende taken aangevuld met inburgeraar, dossier en gemeente voor de takenlijst", aangevuld);
        }
    }

    /** Completes every open task that lacks the variables; returns how many were completed. Safe to call again. */
    public int vulAan() {
        TaakOnderwerpListener listener = new TaakOnderwerpListener(() -> onderwerp);
        int aangevuld = 0;
        for (int eerste = 0; ; eerste += PAGINA) {
            List<Task> pagina = taskService.createTaskQuery().orderByTaskId().asc().listPage(eerste, PAGINA);
            if (pagina.isEmpty()) {
                return aangevuld;
            }
            Set<String> metOnderwerp = runtimeService.createVariableInstanceQuery().variableName(TaakOnderwerp.INBURGERAAR)
                    .taskIdIn(pagina.stream().map(Task::getId).toArray(String[]::new)).list().stream()
                    .map(VariableInstance::getTaskId).collect(Collectors.toSet());
            for (Task taak : pagina) {
                if (taak.getProcessInstanceId() == null || metOnderwerp.contains(taak.getId())) {
                    continue;
                }
                try {
                    Boolean gezet = configuratie.getCommandExecutorTxRequired().execute(context -> {
                        TaskEntity entiteit = context.getTaskManager().findTaskById(taak.getId());
                        if (entiteit == null) {
                            return false; // completed meanwhile
                        }
                        listener.notify(entiteit);
                        return entiteit.hasVariableLocal(TaakOnderwerp.INBURGERAAR);
                    });
                    if (Boolean.TRUE.equals(gezet)) {
                        aangevuld++;
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Taak {} niet aangevuld voor de takenlijst ({}); de volgende start probeert het opnieuw",
                            taak.getId(), e.getClass().getSimpleName());
                }
            }
        }
    }
}

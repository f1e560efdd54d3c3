package nl.regie.inburgering.dossierbeeld;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.handhaving.HandhavingZaak;

/**
 * The engine's side of the dossier view (the only class here that knows Camunda types): a dossier's open tasks — its
 * main process and called processes (business key = dossier number) and its handhaving cases (key
 * {@code <dossiernummer>-H<n>}) — and the dossiers a user worked tasks of. Queried as the application, always within
 * the dossier's gemeente (tenant); who may see the dossier is decided before, on our tables.
 */
@Component
public class DossierTaken {

    /** An open task as the dossier view shows it. */
    public record Taak(String id, String naam, LocalDate vervaldatum, LocalDate opvolgdatum, String toegewezenAan) {
    }

    private static final int MAX_TAKEN = 200;
    private static final int MAX_HISTORIE = 5000;

    private final TaskService taskService;
    private final HistoryService historyService;

    public DossierTaken(TaskService taskService, HistoryService historyService) {
        this.taskService = taskService;
        this.historyService = historyService;
    }

    /** The dossier's open tasks, earliest due date first (without one last). */
    public List<Taak> open(String dossiernummer, String gemeente) {
        List<Task> taken = new ArrayList<>(taskService.createTaskQuery().tenantIdIn(gemeente)
                .processInstanceBusinessKey(dossiernummer).listPage(0, MAX_TAKEN));
        taken.addAll(taskService.createTaskQuery().tenantIdIn(gemeente)
                .processInstanceBusinessKeyLike(dossiernummer + "-H%").listPage(0, MAX_TAKEN));
        return taken.stream().map(t -> new Taak(t.getId(), t.getName(),
                        t.getDueDate() == null ? null : Tijd.alsDatum(t.getDueDate()),
                        t.getFollowUpDate() == null ? null : Tijd.alsDatum(t.getFollowUpDate()), t.getAssignee()))
                .sorted(java.util.Comparator.comparing(Taak::vervaldatum, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** How many open tasks each of these dossiers has in its main and called processes. */
    public Map<String, Long> aantalOpen(Collection<String> dossiernummers, Collection<String> gemeenten) {
        Map<String, Long> aantallen = new HashMap<>();
        if (dossiernummers.isEmpty() || gemeenten.isEmpty()) {
            return aantallen;
        }
        Set<String> nummers = new HashSet<>(dossiernummers);
        List<String> sleutels = new ArrayList<>();
        taskService.createTaskQuery().tenantIdIn(gemeenten.toArray(String[]::new))
                .processInstanceBusinessKeyIn(nummers.toArray(String[]::new)).list()
                .forEach(t -> sleutels.add(t.getProcessInstanceId()));
        // the business key is on the process instance: one query for the page's instances
        if (!sleutels.isEmpty()) {
            Map<String, String> sleutelVan = new HashMap<>();
            historyService.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(sleutels)).list()
                    .forEach(p -> sleutelVan.put(p.getId(), p.getBusinessKey()));
            sleutels.forEach(id -> aantallen.merge(sleutelVan.get(id), 1L, Long::sum));
        }
        return aantallen;
    }

    /** The dossier numbers of the processes in which this user holds or held a task (handhaving cases included). */
    public Set<String> gewerktDoor(String gebruiker, Collection<String> gemeenten) {
        Set<String> nummers = new HashSet<>();
        if (gemeenten.isEmpty()) {
            return nummers;
        }
        Set<String> instanties = new HashSet<>();
        for (HistoricTaskInstance t : historyService.createHistoricTaskInstanceQuery().taskAssignee(gebruiker)
                .tenantIdIn(gemeenten.toArray(String[]::new)).orderByHistoricActivityInstanceStartTime().desc()
                .listPage(0, MAX_HISTORIE)) {
            instanties.add(t.getProcessInstanceId());
        }
        if (instanties.isEmpty()) {
            return nummers;
        }
        for (HistoricProcessInstance p : historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(instanties).list()) {
            if (p.getBusinessKey() != null) {
                nummers.add(HandhavingZaak.dossiernummerVan(p.getBusinessKey()));
            }
        }
        return nummers;
    }
}

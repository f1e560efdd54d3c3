package nl.regie.inburgering.identiteit;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default provider writes an authorization row for every task's candidate group, assignee and owner (with
 * UPDATE on that task). Those rows grow with the number of tasks and make every authorized task query join them (an
 * OR condition no index serves). Our rights are granted per role on the process definitions and limited by tenant
 * membership ({@code regie.autorisaties}, {@link IdentiteitInrichting}); who may act on a task is decided by its
 * candidate groups ({@link TaakRolControle}). So no task gets an authorization of its own.
 */
public class GeenTaakAutorisaties extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        return null;
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return null;
    }

    @Override
    public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
        return null;
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return null;
    }
}

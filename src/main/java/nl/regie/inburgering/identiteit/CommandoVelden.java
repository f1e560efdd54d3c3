package nl.regie.inburgering.identiteit;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Reads the arguments of the engine's commands (task id, user id, …), which Camunda keeps in non-public fields, and
 * who is acting. A missing field is a programming error after an engine upgrade and fails loudly (the interceptors'
 * tests then fail), never silently allows.
 */
final class CommandoVelden {

    private CommandoVelden() {
    }

    static String tekst(Command<?> command, String veld) {
        Object waarde = waarde(command, veld);
        return waarde == null ? null : waarde.toString();
    }

    static Object waarde(Command<?> command, String veld) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(veld);
                field.setAccessible(true);
                return field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Veld " + veld + " van " + command.getClass().getSimpleName() + " onleesbaar", e);
            }
        }
        throw new IllegalStateException("Veld " + veld + " ontbreekt in " + command.getClass().getSimpleName());
    }

    /** The authenticated user on whose behalf the engine acts; null for the engine itself and the application. */
    static Authentication handelende(CommandContext context) {
        if (context == null || !context.isAuthorizationCheckEnabled()) {
            return null;
        }
        Authentication authenticatie = context.getAuthentication();
        return authenticatie == null || authenticatie.getUserId() == null ? null : authenticatie;
    }

    /** The groups of the acting user: those of the login, else looked up (without authorization checks). */
    static Set<String> groepen(CommandContext context, Authentication authenticatie) {
        List<String> groepen = authenticatie.getGroupIds();
        if (groepen != null) {
            return Set.copyOf(groepen);
        }
        return groepenVan(context, authenticatie.getUserId());
    }

    static Set<String> groepenVan(CommandContext context, String gebruiker) {
        return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery(context)
                .groupMember(gebruiker).list().stream().map(Group::getId).collect(Collectors.toSet()));
    }
}

package nl.regie.inburgering.identiteit;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantGroupMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTenantUserMembershipCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The limits of the day-to-day beheerder, beyond its authorizations (which grant user and membership management but
 * no memberships of {@code camunda-admin} or {@code beheerder}, and no authorizations): whoever is not in
 * {@code camunda-admin} changes neither its own group or gemeente memberships, nor an account of
 * {@code camunda-admin} (password, name, deletion, unlock), and gives no whole group a gemeente. So the beheerder
 * cannot grant itself more, nor take over the break-glass account.
 */
public class BeheerGrenzen extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Authentication wie = CommandoVelden.handelende(context);
        if (wie != null && isBeheerCommando(command)
                && !CommandoVelden.groepen(context, wie).contains(Rollen.NOODBEHEERDER)) {
            controleer(context, wie.getUserId(), command);
        }
        return next.execute(command);
    }

    private static boolean isBeheerCommando(Command<?> command) {
        return command instanceof SaveUserCmd || command instanceof DeleteUserCmd || command instanceof UnlockUserCmd
                || command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd
                || command instanceof CreateTenantUserMembershipCmd || command instanceof DeleteTenantUserMembershipCmd
                || command instanceof CreateTenantGroupMembershipCmd || command instanceof DeleteTenantGroupMembershipCmd;
    }

    private static void controleer(CommandContext context, String wie, Command<?> command) {
        if (command instanceof CreateTenantGroupMembershipCmd || command instanceof DeleteTenantGroupMembershipCmd) {
            throw new AuthorizationException("Een gemeente wordt per gebruiker toegekend, niet aan een hele groep.");
        }
        if (command instanceof SaveUserCmd || command instanceof DeleteUserCmd || command instanceof UnlockUserCmd) {
            String gebruiker = command instanceof SaveUserCmd
                    ? ((User) CommandoVelden.waarde(command, "user")).getId() : CommandoVelden.tekst(command, "userId");
            if (gebruiker != null && !gebruiker.equals(wie) && isNoodbeheerder(context, gebruiker)) {
                throw new AuthorizationException("Het noodaccount van camunda-admin wordt alleen door camunda-admin beheerd.");
            }
            return;
        }
        if (wie.equals(CommandoVelden.tekst(command, "userId"))) {
            throw new AuthorizationException("Uw eigen groepen en gemeenten wijzigt een andere beheerder.");
        }
    }

    private static boolean isNoodbeheerder(CommandContext context, String gebruiker) {
        Set<String> groepen = CommandoVelden.groepenVan(context, gebruiker);
        return groepen.contains(Rollen.NOODBEHEERDER);
    }
}

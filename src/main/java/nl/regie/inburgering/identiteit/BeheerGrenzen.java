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
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The limits of the day-to-day beheerder, beyond its authorizations (which grant user and membership management but
 * no memberships of {@code camunda-admin} or {@code beheerder}, and no authorizations): whoever is not in
 * {@code camunda-admin} changes no account of another beheerder or of {@code camunda-admin} (password, name,
 * deletion), no group or gemeente memberships of a beheerder (its own included), and gives no whole group a gemeente.
 * So a beheerder can neither grant itself more, nor do so through a colleague's account, nor take over the
 * break-glass account; beheerders themselves are managed by {@code camunda-admin}.
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
        return command instanceof SaveUserCmd || command instanceof DeleteUserCmd
                || command instanceof CreateMembershipCmd || command instanceof DeleteMembershipCmd
                || command instanceof CreateTenantUserMembershipCmd || command instanceof DeleteTenantUserMembershipCmd
                || command instanceof CreateTenantGroupMembershipCmd || command instanceof DeleteTenantGroupMembershipCmd;
    }

    private static void controleer(CommandContext context, String wie, Command<?> command) {
        if (command instanceof CreateTenantGroupMembershipCmd || command instanceof DeleteTenantGroupMembershipCmd) {
            throw new AuthorizationException("Een gemeente wordt per gebruiker toegekend, niet aan een hele groep.");
        }
        if (command instanceof SaveUserCmd || command instanceof DeleteUserCmd) {
            String gebruiker = command instanceof SaveUserCmd
                    ? ((User) CommandoVelden.waarde(command, "user")).getId() : CommandoVelden.tekst(command, "userId");
            if (gebruiker != null && !gebruiker.equals(wie) && isBeheerder(context, gebruiker)) {
                throw new AuthorizationException("Het account van een beheerder of van camunda-admin wordt alleen door "
                        + "camunda-admin beheerd.");
            }
            return;
        }
        String gebruiker = CommandoVelden.tekst(command, "userId");
        if (gebruiker != null && (wie.equals(gebruiker) || isBeheerder(context, gebruiker))) {
            throw new AuthorizationException("De groepen en gemeenten van een beheerder wijzigt alleen camunda-admin.");
        }
    }

    private static boolean isBeheerder(CommandContext context, String gebruiker) {
        Set<String> groepen = CommandoVelden.groepenVan(context, gebruiker);
        return groepen.contains(Rollen.NOODBEHEERDER) || groepen.contains(Rollen.BEHEERDER);
    }
}

package nl.regie.inburgering.identiteit;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Staff rights inside the engine: no authorization rows per task ({@link GeenTaakAutorisaties}), the role of a task
 * decides who acts on it ({@link TaakRolControle}), the procesbeheerder's repairs ({@link HerstelRechten}) and the
 * beheerder's limits ({@link BeheerGrenzen}). The interceptors run inside the command context, so they see the
 * authenticated user of every entry point.
 */
@Component
public class RechtenEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setResourceAuthorizationProvider(new GeenTaakAutorisaties());
        List<CommandInterceptor> lijst = configuratie.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuratie.getCustomPostCommandInterceptorsTxRequired());
        lijst.add(new TaakRolControle());
        lijst.add(new HerstelRechten());
        lijst.add(new BeheerGrenzen());
        configuratie.setCustomPostCommandInterceptorsTxRequired(lijst);
    }
}

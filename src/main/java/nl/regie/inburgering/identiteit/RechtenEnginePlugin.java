package nl.regie.inburgering.identiteit;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.EngineConfiguratie;

/**
 * Staff rights inside the engine: no authorization rows per task ({@link GeenTaakAutorisaties}), the role of a task
 * decides who acts on it ({@link TaakRolControle}), a user changes only a task's follow-up date, never its due date
 * ({@link TaakWijzigingControle}), the procesbeheerder's repairs ({@link HerstelRechten}) and the
 * beheerder's limits ({@link BeheerGrenzen}). The interceptors run inside the command context, so they see the
 * authenticated user of every entry point.
 */
@Component
@Order(1) // before engine/EngineConfiguratie's plugin: who may act (403) is decided before what may be written (400)
public class RechtenEnginePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuratie) {
        configuratie.setResourceAuthorizationProvider(new GeenTaakAutorisaties());
        configuratie.setCustomPostCommandInterceptorsTxRequired(EngineConfiguratie.met(
                configuratie.getCustomPostCommandInterceptorsTxRequired(), new TaakRolControle(), new TaakWijzigingControle(), new HerstelRechten(),
                new BeheerGrenzen()));
    }
}

package nl.regie.inburgering.gemeente;

/**
 * When financieel ontzorgen (Pw 56a) starts for an inburgeringsplichtige asielstatushouder on bijstand: at the start
 * of the bijstand, or (Westfriesland: "de eerste zes maanden vanaf het moment van huisvesting in de gemeente") at the
 * housing in the gemeente, once the bijstand is known too (whichever of the two facts comes last starts it).
 */
public enum OntzorgenStart {
    BIJSTAND,
    HUISVESTING
}

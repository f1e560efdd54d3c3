package nl.regie.inburgering.dossier;

/**
 * What the fixed PIP agreed about financieel ontzorgen, as the ontzorgen capability reads it from our tables: a PIP
 * that agrees no ontzorgen keeps {@link TrajectenStarter} from starting it (Wi 15: the PIP's agreements drive what
 * runs). No implementation, or no fixed PIP yet: ontzorgen starts as the law and the gemeente's policy say.
 */
public interface OntzorgenAfspraak {

    /** The dossier's current fixed PIP version agrees no ontzorgen. */
    boolean geenOntzorgenAfgesproken(Dossier dossier);
}

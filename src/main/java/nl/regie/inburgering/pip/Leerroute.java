package nl.regie.inburgering.pip;

public enum Leerroute {
    B1,
    ONDERWIJS,
    Z
}

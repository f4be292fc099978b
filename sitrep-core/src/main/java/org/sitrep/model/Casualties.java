package org.sitrep.model;

/** Victims of one event; a null count means the text says nothing about it. Children stay inside the totals. */
public record Casualties(Count killed, Count injured, Count childrenKilled, Count childrenInjured, Boolean civilian) {

    public static final Casualties NONE = new Casualties(null, null, null, null, null);
}

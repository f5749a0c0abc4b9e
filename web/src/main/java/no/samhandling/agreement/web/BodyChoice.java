package no.samhandling.agreement.web;

import no.samhandling.body.entity.Body;

import java.io.Serializable;
import java.util.List;

/** A body to choose in a form, by code and name. */
public record BodyChoice(long id, String label) implements Serializable {

    public static List<BodyChoice> of(List<Body> bodies) {
        return bodies.stream().map(b -> new BodyChoice(b.getId(), b.getNameNb())).toList();
    }
}

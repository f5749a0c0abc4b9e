package no.samhandling.body.boundary;

import java.util.List;

/** R-BODY-7: whether GPs take part on a level today, and in which bodies. */
public record GpInvolvement(int level, boolean involved, List<String> bodies) implements java.io.Serializable {
}

package no.samhandling.body.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.samhandling.body.entity.Person;
import no.samhandling.rules.RuleViolation;

/** People of a health community, as bodies and meetings refer to them. */
@Stateless
@PermitAll // called by the boundaries, which check the roles
public class People {

    @PersistenceContext(unitName = "samhandling")
    EntityManager em;

    /** The person, if they belong to the community; otherwise the input names an unknown person. */
    public Person get(long communityId, long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || person.getCommunity().getId() != communityId) {
            throw RuleViolation.invalidField("person", "membership.person.unknown");
        }
        return person;
    }
}

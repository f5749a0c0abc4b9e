package no.samhandling.history.boundary;

import no.samhandling.agreement.entity.AgreementVersion;
import no.samhandling.body.entity.Body;
import no.samhandling.body.entity.Person;
import no.samhandling.cases.entity.CaseFile;
import no.samhandling.cases.entity.Decision;
import no.samhandling.cases.entity.FollowUpAction;
import no.samhandling.dispute.entity.Dispute;
import no.samhandling.meeting.entity.Meeting;
import no.samhandling.partner.entity.Partner;
import no.samhandling.user.entity.UserAccount;

/** The records whose history a page shows. */
public enum RecordType {
    PARTNER(Partner.class), USER(UserAccount.class), BODY(Body.class), PERSON(Person.class), MEETING(Meeting.class),
    CASE(CaseFile.class), DECISION(Decision.class), FOLLOW_UP(FollowUpAction.class), DISPUTE(Dispute.class),
    AGREEMENT_VERSION(AgreementVersion.class);

    private final Class<?> entity;

    RecordType(Class<?> entity) {
        this.entity = entity;
    }

    public Class<?> entity() {
        return entity;
    }
}

package no.samhandling.body.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.samhandling.body.boundary.BodyService;
import no.samhandling.body.boundary.MyOffices;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;

/** "My bodies, my terms, my next meetings". */
@Named
@ViewScoped
public class MyOfficesView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    BodyService bodyService;

    private MyOffices mine;

    @PostConstruct
    void load() {
        mine = bodyService.mine();
    }

    public String when(MyOffices.NextMeeting meeting) {
        return WHEN.format(meeting.startsAt());
    }

    public MyOffices getMine() {
        return mine;
    }
}

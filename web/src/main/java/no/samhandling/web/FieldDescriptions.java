package no.samhandling.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
import jakarta.inject.Named;

import java.util.Map;
import java.util.StringJoiner;

/**
 * Ties a field's input to what describes it: before a field block ({@code <s:field>}, {@code <s:choices>}) is
 * rendered, its input gets {@code aria-describedby} naming the block's hint, and its message when it has one, by
 * their client ids, and a group of choices becomes a group named by its heading. A screen reader then reads the
 * hint and the error with the field, and the group's name with each choice; no page writes the ids.
 */
@Named
@ApplicationScoped
public class FieldDescriptions {

    static final String DESCRIBED_BY = "aria-describedby";
    private static final String SET_BY_FIELD = FieldDescriptions.class.getName();

    public void describe(ComponentSystemEvent event) {
        UIComponent block = event.getComponent();
        String inputId = (String) block.getAttributes().get("describes");
        UIComponent input = inputId == null ? null : block.findComponent(inputId);
        if (input == null) {
            return;
        }
        FacesContext faces = event.getFacesContext();
        if ("true".equals(String.valueOf(block.getAttributes().get("grouped")))) {
            name(block, block.findComponent(inputId + "-legend"), faces);
        }
        StringJoiner ids = new StringJoiner(" ");
        if (Boolean.TRUE.equals(block.getAttributes().get("hinted"))) {
            add(ids, block.findComponent(inputId + "-hint"), faces);
        }
        if (faces.getMessages(input.getClientId(faces)).hasNext()) {
            add(ids, block.findComponent(inputId + "-message"), faces);
        }
        Map<String, Object> passThrough = input.getPassThroughAttributes();
        Object own = passThrough.get(DESCRIBED_BY);
        if (own != null && !own.equals(input.getAttributes().get(SET_BY_FIELD))) {
            return; // the page describes this input itself
        }
        if (ids.length() == 0) {
            passThrough.remove(DESCRIBED_BY);
            input.getAttributes().remove(SET_BY_FIELD);
        } else {
            passThrough.put(DESCRIBED_BY, ids.toString());
            input.getAttributes().put(SET_BY_FIELD, ids.toString());
        }
    }

    /** A group of choices is a group named by its heading, as a fieldset by its legend. */
    private static void name(UIComponent group, UIComponent heading, FacesContext faces) {
        if (heading != null) {
            group.getPassThroughAttributes().put("role", "group");
            group.getPassThroughAttributes().put("aria-labelledby", heading.getClientId(faces));
        }
    }

    private static void add(StringJoiner ids, UIComponent component, FacesContext faces) {
        if (component != null) {
            ids.add(component.getClientId(faces));
        }
    }
}

package no.samhandling.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import no.samhandling.rules.NorwegianNumbers;

/**
 * Whole numbers typed the Norwegian way ("2 028" and "2028" alike, the Unicode minus too); shown without grouping so
 * that years read as years. A fraction is refused, never cut off.
 */
@FacesConverter(forClass = Integer.class)
public class IntegerConverter implements Converter<Integer> {

    @Override
    public Integer getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return NorwegianNumbers.parse(value).map(n -> n.intValueExact()).orElse(null);
        } catch (ArithmeticException | NumberFormatException e) {
            String text = RuleViolationMessages.text(context, "input.number.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Integer value) {
        return value == null ? "" : value.toString();
    }
}

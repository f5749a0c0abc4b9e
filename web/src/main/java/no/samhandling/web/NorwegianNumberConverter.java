package no.samhandling.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import no.samhandling.rules.NorwegianNumbers;

import java.math.BigDecimal;

/** Amounts typed the Norwegian way ("1 234,50", "-12,5"), shown grouped by spaces with a decimal comma. */
@FacesConverter(forClass = BigDecimal.class)
public class NorwegianNumberConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return NorwegianNumbers.parse(value).orElse(null);
        } catch (NumberFormatException e) {
            String text = RuleViolationMessages.text(context, "input.number.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return NorwegianNumbers.format(value);
    }
}

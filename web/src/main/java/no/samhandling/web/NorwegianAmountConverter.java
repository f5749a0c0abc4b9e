package no.samhandling.web;

import jakarta.faces.convert.FacesConverter;

/**
 * The Norwegian amount converter by id ({@code norwegianNumber}), for fields and outputs that name it: the by-type
 * registration does not always win over the standard BigDecimal converter.
 */
@FacesConverter("norwegianNumber")
public class NorwegianAmountConverter extends NorwegianNumberConverter {
}

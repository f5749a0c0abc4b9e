package no.samhandling.web;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * Lets pages read Java records ({@code #{partner.name}} calls {@code name()}): Expression Language 5 of Jakarta EE 10
 * knows only bean getters. Records are read-only; forms bind to view fields.
 */
public class RecordELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        try {
            Object value = component.getAccessor().invoke(base);
            context.setPropertyResolved(base, property);
            return value;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + property + " of " + base.getClass().getSimpleName(), e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordComponent component = component(base, property);
        if (component == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return null; // read-only
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (component(base, property) != null) {
            throw new PropertyNotWritableException(base.getClass().getSimpleName() + " is a record: read-only");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (component(base, property) == null) {
            return false;
        }
        context.setPropertyResolved(base, property);
        return true;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base != null && base.getClass().isRecord() ? String.class : null;
    }

    private static RecordComponent component(Object base, Object property) {
        if (base == null || property == null || !base.getClass().isRecord()) {
            return null;
        }
        String name = property.toString();
        return Arrays.stream(base.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name))
                .findFirst().orElse(null);
    }
}
